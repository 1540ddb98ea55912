-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
-- Host: localhost    Database: rentdesk_prod
-- ------------------------------------------------------
LOCK TABLES `tenants` WRITE;
INSERT INTO `tenants` (`id`, `first_name`, `last_name`, `email`, `phone`, `dob`, `unit_id`, `lease_ref`, `created_at`) VALUES
(⟦CUSTOMER_ID|1041⟧,'⟦PERSON|Marisela⟧','⟦PERSON|Ochoa⟧','⟦EMAIL|mari.ochoa@gmail.com⟧','⟦PHONE|+1-210-555-0172⟧','⟦DATE_OF_BIRTH|1989-05-14⟧',12,'⟦CUSTOMER_ID|L-2025-0388⟧','2025-06-01 09:14:22'),
(⟦CUSTOMER_ID|1042⟧,'⟦PERSON|DeShawn⟧','⟦PERSON|Whitaker⟧','⟦EMAIL|deshawn.whitaker@yahoo.com⟧','⟦PHONE|+1-210-555-0148⟧','⟦DATE_OF_BIRTH|1995-11-02⟧',7,'⟦CUSTOMER_ID|L-2025-0391⟧','2025-06-03 16:40:05'),
(⟦CUSTOMER_ID|1043⟧,'⟦PERSON|Huong⟧','⟦PERSON|Pham⟧','⟦EMAIL|huongpham.sa@outlook.com⟧','⟦PHONE|+1-726-555-0119⟧','⟦DATE_OF_BIRTH|1977-02-28⟧',19,'⟦CUSTOMER_ID|L-2025-0402⟧','2025-07-15 11:02:51'),
(⟦CUSTOMER_ID|1044⟧,'⟦PERSON|Patrick⟧','⟦PERSON|O\'Rourke⟧','⟦EMAIL|paddy.orourke@icloud.com⟧',NULL,NULL,3,'⟦CUSTOMER_ID|L-2025-0417⟧','2025-08-01 08:00:00'),
(⟦CUSTOMER_ID|1045⟧,'⟦PERSON|Guadalupe⟧','⟦PERSON|Reyes-Montoya⟧','⟦EMAIL|lupe.reyesmontoya@gmail.com⟧','⟦PHONE|+1-210-555-0183⟧','⟦DATE_OF_BIRTH|2001-09-09⟧',22,'⟦CUSTOMER_ID|L-2025-0420⟧','2025-08-12 13:27:44');
UNLOCK TABLES;

LOCK TABLES `units` WRITE;
INSERT INTO `units` (`id`, `building`, `unit_no`, `beds`, `rent_cents`) VALUES
(3,'Alamo Heights Lofts','104',1,142500),(7,'Alamo Heights Lofts','211',2,189000),
(12,'Mission Trail Apartments','B3',2,165000),(19,'Mission Trail Apartments','C1',3,210000),
(22,'King William Flats','2A',1,135000);
UNLOCK TABLES;

LOCK TABLES `payments` WRITE;
INSERT INTO `payments` (`id`, `tenant_id`, `amount_cents`, `method`, `card_last4`, `paid_at`) VALUES
(88120,⟦CUSTOMER_ID|1041⟧,165000,'ach',NULL,'2026-11-01 06:02:11'),
(88121,⟦CUSTOMER_ID|1042⟧,189000,'card','4417','2026-11-01 07:45:39'),
(88127,⟦CUSTOMER_ID|1045⟧,135000,'card','0932','2026-11-03 21:19:02');
UNLOCK TABLES;
