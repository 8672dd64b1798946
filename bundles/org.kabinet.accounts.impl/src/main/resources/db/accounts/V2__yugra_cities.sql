-- The cities of Khanty-Mansi Autonomous Okrug – Yugra.
INSERT INTO ACC_CITY (ID, NAME) VALUES ('khanty-mansiysk', 'Ханты-Мансийск');
INSERT INTO ACC_CITY (ID, NAME) VALUES ('surgut', 'Сургут');
INSERT INTO ACC_CITY (ID, NAME) VALUES ('nizhnevartovsk', 'Нижневартовск');
INSERT INTO ACC_CITY (ID, NAME) VALUES ('nefteyugansk', 'Нефтеюганск');
INSERT INTO ACC_CITY (ID, NAME) VALUES ('kogalym', 'Когалым');
INSERT INTO ACC_CITY (ID, NAME) VALUES ('nyagan', 'Нягань');
INSERT INTO ACC_CITY (ID, NAME) VALUES ('megion', 'Мегион');
INSERT INTO ACC_CITY (ID, NAME) VALUES ('langepas', 'Лангепас');
INSERT INTO ACC_CITY (ID, NAME) VALUES ('raduzhnyy', 'Радужный');
INSERT INTO ACC_CITY (ID, NAME) VALUES ('pyt-yakh', 'Пыть-Ях');
INSERT INTO ACC_CITY (ID, NAME) VALUES ('uray', 'Урай');
INSERT INTO ACC_CITY (ID, NAME) VALUES ('yugorsk', 'Югорск');
INSERT INTO ACC_CITY (ID, NAME) VALUES ('pokachi', 'Покачи');
INSERT INTO ACC_CITY (ID, NAME) VALUES ('sovetskiy', 'Советский');
INSERT INTO ACC_CITY (ID, NAME) VALUES ('beloyarskiy', 'Белоярский');
INSERT INTO ACC_CITY (ID, NAME) VALUES ('lyantor', 'Лянтор');
