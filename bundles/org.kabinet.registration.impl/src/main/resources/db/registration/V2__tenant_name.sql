-- How the tenant wants to be addressed (optional, from the profile page): the home page greets by it.
ALTER TABLE REG_USER ADD COLUMN DISPLAY_NAME VARCHAR(60);
