"""Prints the token of the newest confirmation link mailed to an address (from the .eml files of data/mail)."""
import email
import pathlib
import re
import sys

folder, address = pathlib.Path(sys.argv[1]), sys.argv[2].lower()
token = ""
for eml in sorted(folder.glob("*.eml")) if folder.is_dir() else []:
    message = email.message_from_bytes(eml.read_bytes())
    if address not in str(message["To"]).lower():
        continue
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            hit = re.search(r"/confirmemail/([A-Za-z0-9_-]{43})/", part.get_payload(decode=True).decode("utf-8"))
            if hit:
                token = hit.group(1)
print(token)
