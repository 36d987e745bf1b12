/**
 * Country profiles for the generator: company-name parts, people's names, cities and the shape of local
 * phone numbers, so that an organization's name, numbers, billing address and currency agree with its country.
 */
export interface CountryProfile {
  code: string;
  currency: string;
  /** Country calling code, without `+`. */
  dial: string;
  /** Length of the national significant number. */
  nsnLength: number;
  /** First digits of business numbers. */
  leads: readonly string[];
  words: readonly string[];
  suffixes: readonly string[];
  /** Words put before the name (e.g. "PT"), optional. */
  prefixes?: readonly string[];
  firstNames: readonly string[];
  lastNames: readonly string[];
  cities: readonly string[];
  streets: readonly string[];
  postCodeLength: number;
  tld: string;
  /** Relative share of organizations. */
  weight: number;
}

export const COUNTRIES: readonly CountryProfile[] = [
  {
    code: 'SG', currency: 'SGD', dial: '65', nsnLength: 8, leads: ['6', '3'], weight: 22,
    words: ['Lion City', 'Merlion', 'Raffles', 'Orchid', 'Straits', 'Temasek', 'Marina', 'Kallang', 'Jurong', 'Tanjong', 'Sentosa', 'Bukit'],
    suffixes: ['Pte Ltd', 'Pte. Ltd.'],
    firstNames: ['Ada', 'Wei Ling', 'Jun Jie', 'Priya', 'Siti', 'Marcus', 'Hui Min', 'Ravi', 'Nurul', 'Darren'],
    lastNames: ['Tan', 'Lim', 'Lee', 'Ng', 'Wong', 'Goh', 'Chua', 'Nair', 'Rahman', 'Teo'],
    cities: ['Singapore'], streets: ['Raffles Place', 'Orchard Road', 'Shenton Way', 'Anson Road', 'Jurong Gateway Road'],
    postCodeLength: 6, tld: 'com.sg',
  },
  {
    code: 'MY', currency: 'MYR', dial: '60', nsnLength: 9, leads: ['3', '4', '7'], weight: 8,
    words: ['Petaling', 'Klang', 'Penang', 'Melaka', 'Bayu', 'Cahaya', 'Gemilang', 'Seri', 'Mutiara', 'Harimau'],
    suffixes: ['Sdn Bhd', 'Berhad'],
    firstNames: ['Aisyah', 'Hafiz', 'Mei Ling', 'Kumar', 'Farah', 'Jason', 'Nabila', 'Arjun'],
    lastNames: ['Abdullah', 'Ismail', 'Chong', 'Lim', 'Subramaniam', 'Yusof', 'Tan', 'Ong'],
    cities: ['Kuala Lumpur', 'George Town', 'Johor Bahru', 'Petaling Jaya'], streets: ['Jalan Ampang', 'Jalan Sultan Ismail', 'Lebuh Pantai'],
    postCodeLength: 5, tld: 'com.my',
  },
  {
    code: 'ID', currency: 'IDR', dial: '62', nsnLength: 10, leads: ['21', '22', '31'], weight: 7,
    words: ['Nusantara', 'Cahaya', 'Maju', 'Sejahtera', 'Garuda', 'Bintang', 'Mandiri', 'Jaya', 'Abadi', 'Sentosa'],
    prefixes: ['PT'], suffixes: ['', 'Tbk'],
    firstNames: ['Budi', 'Siti', 'Agus', 'Dewi', 'Rizky', 'Putri', 'Hendra', 'Ayu'],
    lastNames: ['Santoso', 'Wijaya', 'Pratama', 'Hidayat', 'Kusuma', 'Saputra', 'Halim', 'Gunawan'],
    cities: ['Jakarta', 'Surabaya', 'Bandung', 'Medan'], streets: ['Jalan Sudirman', 'Jalan Thamrin', 'Jalan Gatot Subroto'],
    postCodeLength: 5, tld: 'co.id',
  },
  {
    code: 'PH', currency: 'PHP', dial: '63', nsnLength: 9, leads: ['2', '32'], weight: 5,
    words: ['Bayanihan', 'Maharlika', 'Pasig', 'Cebu', 'Luzon', 'Mabuhay', 'Perlas', 'Tala'],
    suffixes: ['Inc.', 'Corp.'],
    firstNames: ['Jose', 'Maria', 'Paolo', 'Andrea', 'Miguel', 'Bea', 'Carlo', 'Joy'],
    lastNames: ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Garcia', 'Mendoza', 'Dela Cruz', 'Villanueva'],
    cities: ['Manila', 'Makati', 'Cebu City', 'Quezon City'], streets: ['Ayala Avenue', 'Roxas Boulevard', 'Osmeña Boulevard'],
    postCodeLength: 4, tld: 'com.ph',
  },
  {
    code: 'TH', currency: 'THB', dial: '66', nsnLength: 8, leads: ['2'], weight: 4,
    words: ['Siam', 'Chao Phraya', 'Lanna', 'Sukhothai', 'Ayutthaya', 'Krungthep', 'Mekong'],
    suffixes: ['Co., Ltd.', 'Public Co., Ltd.'],
    firstNames: ['Somchai', 'Ploy', 'Anan', 'Nok', 'Kittisak', 'Malee'],
    lastNames: ['Srisuk', 'Wongsawat', 'Chaiyaporn', 'Boonmee', 'Rattanakorn', 'Saelim'],
    cities: ['Bangkok', 'Chiang Mai', 'Phuket'], streets: ['Sukhumvit Road', 'Silom Road', 'Rama IV Road'],
    postCodeLength: 5, tld: 'co.th',
  },
  {
    code: 'VN', currency: 'VND', dial: '84', nsnLength: 9, leads: ['28', '24'], weight: 4,
    words: ['Sài Gòn', 'Hà Nội', 'Đông Á', 'Việt Tiến', 'Hồng Hà', 'Mê Kông', 'Phú Mỹ', 'Thành Công'],
    prefixes: ['Công ty TNHH'], suffixes: [''],
    firstNames: ['Anh', 'Minh', 'Linh', 'Huy', 'Thảo', 'Dũng'],
    lastNames: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ'],
    cities: ['Hồ Chí Minh', 'Hà Nội', 'Đà Nẵng'], streets: ['Đường Lê Lợi', 'Đường Nguyễn Huệ', 'Phố Tràng Tiền'],
    postCodeLength: 6, tld: 'com.vn',
  },
  {
    code: 'AU', currency: 'AUD', dial: '61', nsnLength: 9, leads: ['2', '3', '7', '8'], weight: 6,
    words: ['Wattle', 'Southern Cross', 'Kookaburra', 'Coral Coast', 'Outback', 'Eucalypt', 'Bondi'],
    suffixes: ['Pty Ltd'],
    firstNames: ['Olivia', 'Jack', 'Charlotte', 'Liam', 'Mia', 'Noah', 'Chloe', 'Lachlan'],
    lastNames: ['Smith', 'Jones', 'Williams', 'Brown', 'Wilson', 'Taylor', "O'Brien", 'Nguyen'],
    cities: ['Sydney', 'Melbourne', 'Brisbane', 'Perth'], streets: ['George Street', 'Collins Street', 'Queen Street'],
    postCodeLength: 4, tld: 'com.au',
  },
  {
    code: 'GB', currency: 'GBP', dial: '44', nsnLength: 10, leads: ['20', '161', '131'], weight: 6,
    words: ['Thames', 'Albion', 'Pennine', 'Wessex', 'Highland', 'Mersey', 'Cotswold'],
    suffixes: ['Ltd', 'plc', 'LLP'],
    firstNames: ['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Freya', 'Aoife', 'Rhys'],
    lastNames: ['Smith', 'Jones', 'Taylor', 'Evans', 'Davies', 'Patel', 'Murphy', 'Hughes'],
    cities: ['London', 'Manchester', 'Edinburgh', 'Bristol'], streets: ['High Street', 'King Street', 'Victoria Road'],
    postCodeLength: 6, tld: 'co.uk',
  },
  {
    code: 'US', currency: 'USD', dial: '1', nsnLength: 10, leads: ['212', '415', '312', '512'], weight: 8,
    words: ['Liberty', 'Pioneer', 'Summit', 'Cascade', 'Keystone', 'Lone Star', 'Golden Gate'],
    suffixes: ['Inc.', 'LLC', 'Corp.'],
    firstNames: ['James', 'Emma', 'Michael', 'Sofia', 'Daniel', 'Ava', 'Carlos', 'Grace'],
    lastNames: ['Johnson', 'Miller', 'Davis', 'Garcia', 'Rodriguez', 'Martinez', 'Anderson', 'Kim'],
    cities: ['New York', 'San Francisco', 'Chicago', 'Austin'], streets: ['Main Street', 'Market Street', 'Broadway'],
    postCodeLength: 5, tld: 'com',
  },
  {
    code: 'DE', currency: 'EUR', dial: '49', nsnLength: 10, leads: ['30', '89', '40'], weight: 5,
    words: ['Müller', 'Schäfer', 'Rhein', 'Elbe', 'Nordlicht', 'Bärenstark', 'Großmann', 'Alpen'],
    suffixes: ['GmbH', 'AG', 'GmbH & Co. KG'],
    firstNames: ['Lukas', 'Hannah', 'Jürgen', 'Lena', 'Maximilian', 'Sophie', 'Jörg', 'Anja'],
    lastNames: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weiß', 'Köhler', 'Becker', 'Wagner'],
    cities: ['Berlin', 'München', 'Hamburg', 'Köln'], streets: ['Hauptstraße', 'Bahnhofstraße', 'Königsallee'],
    postCodeLength: 5, tld: 'de',
  },
  {
    code: 'FR', currency: 'EUR', dial: '33', nsnLength: 9, leads: ['1', '4'], weight: 5,
    words: ['Lumière', 'Étoile', 'Côte d’Azur', 'Rivière', 'Château', 'Léman', 'Provençale'],
    prefixes: ['Société', ''], suffixes: ['SAS', 'SARL', 'SA'],
    firstNames: ['Camille', 'Louis', 'Chloé', 'Théo', 'Léa', 'Hélène', 'François', 'Zoé'],
    lastNames: ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Girard', 'Faure', 'Roux'],
    cities: ['Paris', 'Lyon', 'Marseille', 'Nantes'], streets: ['Rue de Rivoli', 'Avenue des Champs-Élysées', 'Rue Sainte-Catherine'],
    postCodeLength: 5, tld: 'fr',
  },
  {
    code: 'ES', currency: 'EUR', dial: '34', nsnLength: 9, leads: ['91', '93'], weight: 4,
    words: ['Ibérica', 'Añil', 'Peña', 'Mediterráneo', 'Castañeda', 'Montaña', 'Alhambra'],
    suffixes: ['S.L.', 'S.A.'],
    firstNames: ['Lucía', 'Martín', 'Sofía', 'Pablo', 'Elena', 'Álvaro', 'Nuria', 'Iñigo'],
    lastNames: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Peña'],
    cities: ['Madrid', 'Barcelona', 'Valencia', 'Sevilla'], streets: ['Calle Mayor', 'Gran Vía', 'Paseo de Gracia'],
    postCodeLength: 5, tld: 'es',
  },
  {
    code: 'BR', currency: 'BRL', dial: '55', nsnLength: 10, leads: ['11', '21', '31'], weight: 4,
    words: ['São Paulo', 'Paraná', 'Açaí', 'Cristal', 'Amazônia', 'Ipê', 'Brasília'],
    suffixes: ['Ltda', 'S.A.'],
    firstNames: ['João', 'Ana', 'Gabriel', 'Júlia', 'Lucas', 'Beatriz', 'Thiago', 'Letícia'],
    lastNames: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Conceição', 'Araújo', 'Gonçalves', 'Lima'],
    cities: ['São Paulo', 'Rio de Janeiro', 'Belo Horizonte', 'Curitiba'], streets: ['Avenida Paulista', 'Rua Augusta', 'Avenida Atlântica'],
    postCodeLength: 8, tld: 'com.br',
  },
  {
    code: 'CL', currency: 'CLP', dial: '56', nsnLength: 9, leads: ['2'], weight: 3,
    words: ['Ñandú', 'Andes', 'Pacífico', 'Araucanía', 'Copihue', 'Atacama', 'Maipú'],
    suffixes: ['Ltda', 'SpA'],
    firstNames: ['Matías', 'Valentina', 'Benjamín', 'Catalina', 'Tomás', 'Josefa'],
    lastNames: ['González', 'Muñoz', 'Rojas', 'Díaz', 'Pérez', 'Núñez'],
    cities: ['Santiago', 'Valparaíso', 'Concepción'], streets: ['Avenida Providencia', 'Alameda', 'Calle Huérfanos'],
    postCodeLength: 7, tld: 'cl',
  },
  {
    code: 'MX', currency: 'MXN', dial: '52', nsnLength: 10, leads: ['55', '33', '81'], weight: 3,
    words: ['Azteca', 'Jalisco', 'Maguey', 'Monterrey', 'Quetzal', 'Sierra Madre', 'Oaxaqueña'],
    suffixes: ['S.A. de C.V.', 'S. de R.L.'],
    firstNames: ['Santiago', 'Ximena', 'Diego', 'Regina', 'Emiliano', 'Fernanda'],
    lastNames: ['Hernández', 'López', 'Ramírez', 'Flores', 'Gómez', 'Jiménez'],
    cities: ['Ciudad de México', 'Guadalajara', 'Monterrey'], streets: ['Paseo de la Reforma', 'Avenida Juárez', 'Calle Madero'],
    postCodeLength: 5, tld: 'com.mx',
  },
  {
    code: 'IN', currency: 'INR', dial: '91', nsnLength: 10, leads: ['22', '80', '11'], weight: 4,
    words: ['Ganga', 'Himalaya', 'Lotus', 'Deccan', 'Sapphire', 'Shakti', 'Indus'],
    suffixes: ['Pvt Ltd', 'Ltd'],
    firstNames: ['Aarav', 'Ananya', 'Vikram', 'Diya', 'Rohan', 'Kavya', 'Arjun', 'Isha'],
    lastNames: ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Gupta', 'Menon', 'Singh', 'Das'],
    cities: ['Mumbai', 'Bengaluru', 'New Delhi', 'Chennai'], streets: ['MG Road', 'Nariman Point', 'Connaught Place'],
    postCodeLength: 6, tld: 'co.in',
  },
  {
    code: 'HK', currency: 'HKD', dial: '852', nsnLength: 8, leads: ['2', '3'], weight: 2,
    words: ['Victoria', 'Kowloon', 'Harbour View', 'Jade', 'Lantau', 'Dragon Gate'],
    suffixes: ['Limited', 'Company Limited'],
    firstNames: ['Ka Ming', 'Wing Yan', 'Chi Hung', 'Hoi Ling', 'Tsz Kin'],
    lastNames: ['Chan', 'Leung', 'Cheung', 'Lau', 'Wong', 'Ho'],
    cities: ['Hong Kong'], streets: ['Queen’s Road Central', 'Nathan Road', 'Des Voeux Road'],
    postCodeLength: 0, tld: 'com.hk',
  },
];

/** Middle words of business names. */
export const INDUSTRIES = [
  'Telecom', 'Communications', 'Networks', 'Logistics', 'Trading', 'Holdings', 'Solutions', 'Systems', 'Foods',
  'Engineering', 'Retail', 'Clinics', 'Media', 'Travel', 'Digital', 'Energy', 'Textiles', 'Ventures', 'Consulting', 'Labs',
] as const;

/** Words of service-provider and telco names. */
export const TELCO_WORDS = ['Telecom', 'Connect', 'Cloud Voice', 'Networks', 'Mobile', 'Fibre', 'Carrier Services'] as const;

/** Words of app-provider names. */
export const APP_WORDS = ['Apps', 'Software', 'Interactive', 'Studio', 'Technologies'] as const;

export const TYPE_REFS = ['SME', 'ENTERPRISE', 'GOVERNMENT', 'EDUCATION', 'RESELLER', 'CONSUMER', 'HEALTHCARE'] as const;

/** The enabled currencies of the mock domain: those of the generated countries. JPY is left out on purpose. */
export const ENABLED_CURRENCIES = [...new Set(COUNTRIES.map((c) => c.currency))];
