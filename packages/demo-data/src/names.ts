/** Common names in South Yorkshire, so demo families read like a real caseload. */
export const FEMALE_FIRST_NAMES = [
  'Amelia', 'Olivia', 'Isla', 'Ava', 'Emily', 'Sophie', 'Grace', 'Mia', 'Poppy', 'Ella', 'Lily', 'Evie', 'Jessica', 'Chloe',
  'Ruby', 'Sarah', 'Emma', 'Hannah', 'Laura', 'Rebecca', 'Gemma', 'Kelly', 'Leanne', 'Stacey', 'Danielle', 'Nicola', 'Amy',
  'Zainab', 'Aisha', 'Maryam', 'Fatima', 'Agnieszka', 'Natalia', 'Courtney', 'Paige', 'Shannon', 'Jade', 'Kayleigh', 'Tracey',
];
export const MALE_FIRST_NAMES = [
  'Oliver', 'George', 'Harry', 'Jack', 'Jacob', 'Noah', 'Charlie', 'Thomas', 'Oscar', 'William', 'James', 'Leo', 'Alfie',
  'Joshua', 'Daniel', 'Ryan', 'Liam', 'Kieran', 'Craig', 'Darren', 'Lee', 'Wayne', 'Jamie', 'Scott', 'Dean', 'Carl', 'Mohammed',
  'Ibrahim', 'Bilal', 'Tomasz', 'Piotr', 'Tyler', 'Callum', 'Kyle', 'Reece', 'Connor', 'Mason', 'Riley', 'Jordan',
];
export const SURNAMES = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans',
  'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Hughes', 'Turner', 'Hill', 'Cooper', 'Ward',
  'Morris', 'Moore', 'King', 'Baker', 'Harrison', 'Marshall', 'Shaw', 'Lee', 'Mitchell', 'Booth', 'Holmes', 'Barker', 'Hirst',
  'Hussain', 'Khan', 'Ali', 'Ahmed', 'Kowalski', 'Nowak', 'Oakley', 'Fletcher', 'Sykes', 'Gregory', 'Bradley', 'Ellis',
  'Smyth', 'Simpson', 'Atkinson', 'Dyson', 'Stainton', 'Cawthorne', 'Haigh', 'Beever', 'Ackroyd', 'Pickering',
];
export const STREETS = [
  'Ferham Road', 'Kimberworth Road', 'Wellgate', 'Doncaster Road', 'East Dene Lane', 'Herringthorpe Valley Road', 'Badsley Moor Lane',
  'Wath Road', 'Brampton Road', 'Church Street', 'Station Road', 'High Street', 'Mansfield Road', 'Dinnington Road',
  'Laughton Road', 'Aston Lane', 'Swinton Road', 'Manvers Way', 'Rawmarsh Hill', 'Greasbrough Road', 'Broom Lane', 'Canklow Road',
  'Thrybergh Lane', 'Dalton Lane', 'Maltby Street', 'Wickersley Road', 'Bawtry Road', 'Kilnhurst Road', 'Parkgate Lane',
];
