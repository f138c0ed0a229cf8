// The category mix of the 2006 Cibeureum study (shared/seed, Tables 1–5 and the text), used
// as the distribution of the synthetic rows. Figures are the study's counts out of 307
// groups; per group type, the split by age (T1), by members (T3) and by network (T5) is the
// study's own row, so the synthetic tables look like the study's at any size.

/** label, aliases (CODEBOOK §2), name prefix, count, T1 < 10 years, T3 [≤10, 11–20, >20], T5 orsos, activities. */
export const TYPES = [
  { label: 'Dasa Wisma', aliases: ['Dasawisma', 'Dasa-Wisma'], prefix: 'Dasa Wisma', n: 104, young: 16, members: [15, 78, 11], orsos: 89, kegiatan: ['arisan, simpan-pinjam, tabungan', 'arisan, tabungan, usaha kue basah', 'pertemuan bulanan, arisan', 'arisan, kerja bakti', 'arisan, tabungan pendidikan anak'] },
  { label: 'Posyandu', aliases: ['Pos Pelayanan Terpadu'], prefix: 'Posyandu', n: 20, young: 3, members: [0, 4, 16], orsos: 0, kegiatan: ['penimbangan balita, pemberian makanan tambahan', 'penimbangan balita, imunisasi, penyuluhan gizi', 'penimbangan balita, pelayanan KB, penyuluhan kesehatan'] },
  { label: 'BKB', aliases: ['Bina Keluarga Balita'], prefix: 'BKB', n: 4, young: 0, members: [0, 1, 3], orsos: 0, kegiatan: ['pertemuan ibu balita, simpan-pinjam', 'penyuluhan tumbuh kembang anak'] },
  { label: 'KUBE', aliases: ['Kelompok Usaha Bersama'], prefix: 'KUBE', n: 1, young: 0, members: [1, 0, 0], orsos: 0, kegiatan: ['usaha warung, simpan-pinjam', 'usaha jahit, simpan-pinjam'] },
  { label: 'Pemuda/Karang Taruna', aliases: ['Pemuda', 'Karang Taruna', 'Karangtaruna', 'Pemuda/Karangtaruna', 'Pemuda / Karang Taruna'], prefix: 'Karang Taruna', n: 18, young: 10, members: [0, 5, 13], orsos: 0, kegiatan: ['olahraga, kerja bakti, pelatihan keterampilan', 'kesenian, kerja bakti', 'pelatihan komputer, olahraga'] },
  { label: 'KWT', aliases: ['Kelompok Wanita Tani'], prefix: 'KWT', n: 2, young: 2, members: [1, 1, 0], orsos: 0, kegiatan: ['pengolahan hasil tani, simpan-pinjam', 'tanam sayur pekarangan'] },
  { label: 'PHBI', aliases: ['PBHI', 'Peringatan Hari Besar Islam'], prefix: 'PHBI', n: 1, young: 1, members: [0, 0, 1], orsos: 1, kegiatan: ['peringatan maulid, isra miraj', 'santunan yatim, tabligh akbar'] },
  { label: 'Pengajian', aliases: ['Majelis Taklim', "Majlis Ta'lim"], prefix: 'Majelis Taklim', n: 18, young: 3, members: [0, 1, 17], orsos: 18, kegiatan: ['pengajian, tadarus Al-Quran', 'pengajian, santunan yatim', 'pengajian mingguan, arisan', 'ceramah keagamaan, arisan'] },
  { label: 'Paguyuban Warga Desa', aliases: ['Paguyuban Warga', 'KPW', 'Kelompok Paguyuban Warga'], prefix: 'Paguyuban Warga', n: 76, young: 6, members: [0, 4, 72], orsos: 76, kegiatan: ['rembug warga bulanan, arisan, simpan-pinjam', 'rembug warga, gotong royong', 'arisan, ronda malam, kerja bakti'] },
  { label: 'BKL', aliases: ['Bina Keluarga Lansia'], prefix: 'BKL', n: 3, young: 0, members: [0, 1, 2], orsos: 0, kegiatan: ['senam lansia, pemeriksaan kesehatan', 'pengajian lansia, arisan'] },
  { label: 'BKR', aliases: ['Bina Keluarga Remaja'], prefix: 'BKR', n: 3, young: 0, members: [0, 0, 3], orsos: 0, kegiatan: ['penyuluhan remaja, olahraga', 'bimbingan belajar'] },
  { label: 'LPM/LKMD', aliases: ['LPM', 'LKMD', 'LPMD', 'Lembaga Pemberdayaan Masyarakat'], prefix: 'LPM', n: 1, young: 0, members: [1, 0, 0], orsos: 0, kegiatan: ['musyawarah pembangunan, kerja bakti'] },
  { label: 'Peta Keluarga', aliases: [], prefix: 'Peta Keluarga', n: 11, young: 2, members: [0, 3, 8], orsos: 0, kegiatan: ['usaha ekonomi produktif, arisan', 'arisan, pertemuan rutin'] },
  { label: 'R/1/KS', aliases: ['Registrasi Keluarga Sejahtera', 'R / 1 / KS'], prefix: 'R/1/KS', n: 18, young: 0, members: [0, 0, 18], orsos: 0, kegiatan: ['pendataan keluarga sejahtera, arisan', 'rekapitulasi data keluarga, pertemuan kader'] },
  { label: 'R/1/SUB', aliases: ['Registrasi Sub Kelompok'], prefix: 'R/1/SUB', n: 18, young: 0, members: [0, 0, 18], orsos: 0, kegiatan: ['pencatatan keluarga, pertemuan kader', 'rekapitulasi data keluarga, pertemuan kader'] },
  { label: 'UP2KS', aliases: ['Usaha Peningkatan Pendapatan Keluarga Sejahtera'], prefix: 'UP2KS', n: 3, young: 0, members: [0, 0, 3], orsos: 0, kegiatan: ['usaha warung bersama, simpan-pinjam', 'usaha kue basah'] },
  { label: 'UP2K', aliases: ['Usaha Peningkatan Pendapatan Keluarga'], prefix: 'UP2K', n: 6, young: 0, members: [0, 0, 6], orsos: 0, kegiatan: ['simpan-pinjam, usaha warung bersama', 'usaha jahit, simpan-pinjam'] },
];

/** Table 2 (purpose), label, aliases, count. */
export const PURPOSES = [
  { label: 'Kesejahteraan Anak', aliases: [], n: 26 },
  { label: 'Kesejahteraan Ibu dan Anak', aliases: [], n: 41 },
  { label: 'Kesejahteraan Lanjut Usia', aliases: ['Kesejahteraan Lansia'], n: 3 },
  { label: 'Peningkatan Penghasilan', aliases: ['Peningkatan Pendapatan'], n: 87 },
  { label: 'Integrasi Masyarakat/Kerukunan Warga', aliases: ['Integrasi Masyarakat', 'Kerukunan Warga', 'Integrasi Masyarakat / Kerukunan Warga'], n: 91 },
  { label: 'Bantuan Sosial', aliases: [], n: 10 },
  { label: 'Pengajian', aliases: [], n: 18 },
  { label: 'Meningkatkan Iman dan Taqwa', aliases: ['Iman dan Taqwa', 'Meningkatkan Iman dan Takwa'], n: 18 },
  { label: 'Meningkatkan Keterampilan', aliases: [], n: 11 },
  { label: 'Pelayanan Kesehatan', aliases: [], n: 2 },
];

/** Table 4 (leader's education). */
export const EDUCATION = [
  { label: 'Tidak Sekolah', aliases: [], n: 4 },
  { label: 'Sekolah Dasar', aliases: ['SD', 'SD/MI'], n: 33 },
  { label: 'Sekolah Menengah Tingkat Pertama', aliases: ['SMP', 'SLTP', 'SMP/MTs'], n: 92 },
  { label: 'Sekolah Menengah Tingkat Atas', aliases: ['SMA', 'SLTA', 'SMK', 'SMA/SMK'], n: 166 },
  { label: 'Akademi/Perguruan Tinggi', aliases: ['Akademi', 'Diploma', 'D3', 'S1'], n: 12 },
];

export const NETWORKS = [
  { label: 'Organisasi Sosial', aliases: ['Orsos'] },
  { label: 'Pemerintah', aliases: ['Instansi Pemerintah'] },
];

/** Membership requirements (text: 88.6 % domicile, 4.23 % skills, 4.88 % education, 5.54 % descent). */
export const REQUIREMENTS = [
  { label: 'Domisili', p: 0.886 },
  { label: 'Keterampilan', p: 0.0423 },
  { label: 'Pendidikan', p: 0.0488 },
  { label: 'Keturunan', p: 0.0554 },
];

/** Leadership tenure (text: ≤ 5 years 87.3 %, 6–10 years 7.82 %, > 10 years 4.89 %). */
export const TENURE = [
  { lo: 0, hi: 5, w: 87.3 },
  { lo: 6, hi: 10, w: 7.82 },
  { lo: 11, hi: 25, w: 4.89 },
];

/** Solidarity values (text: gotong royong 95.11 %, helping victims 84.69 %). */
export const SOLIDARITY = [
  { label: 'Gotong Royong', p: 0.9511 },
  { label: 'Membantu Warga yang Terkena Musibah', p: 0.8469 },
];

/** Funding: mostly members' dues and neighbours' gifts (text, section D). */
export const FUNDING = [
  { label: 'Iuran Anggota', p: 0.9 },
  { label: 'Sumbangan Masyarakat', p: 0.6 },
  { label: 'Bantuan Pemerintah', p: 0.15 },
  { label: 'Usaha Kelompok', p: 0.1 },
];

/** The 15 kelurahan of Kota Cimahi: a city-wide file mixes them. */
export const KELURAHAN = [
  'Cibeureum', 'Melong', 'Utama', 'Leuwigajah', 'Cigugur Tengah', 'Karangmekar', 'Setiamanah', 'Padasuka',
  'Cimahi', 'Baros', 'Cipageran', 'Citeureup', 'Cibabat', 'Pasirkaliki', 'Cibeber',
];

/** Words groups are named after (flowers, virtues, Arabic names of mosques). */
export const NAME_WORDS = [
  'Melati', 'Mawar', 'Anggrek', 'Kenanga', 'Dahlia', 'Flamboyan', 'Cempaka', 'Teratai', 'Kemuning', 'Seruni',
  'Sakura', 'Bougenville', 'Tulip', 'Asoka', 'Nusa Indah', 'Sri Rahayu', 'Sejahtera', 'Harapan', 'Mekar Sari',
  'Sauyunan', 'Rukun Santosa', 'Bina Warga', 'Satria Muda', 'Tunas Harapan', 'Nurul Falah', 'Al-Ikhlas',
  'Nurul Huda', 'Al-Hidayah', 'Baitussalam', 'Miftahul Jannah', 'Silih Asih', 'Guyub', 'Makmur', 'Lestari',
];

export const GIVEN = [
  'Yayat', 'Entin', 'Eti', 'Wati', 'Asep', 'Dedi', 'Euis', 'Iis', 'Ujang', 'Cucu', 'Tati', 'Nani', 'Rina', 'Ade',
  'Dadang', 'Enok', 'Neneng', 'Agus', 'Budi', 'Siti', 'Yuyun', 'Cecep', 'Ai', 'Oom', 'Jajang', 'Nining',
];
export const FAMILY = [
  'Firmansyah', 'Nurjanah', 'Komalasari', 'Suryana', 'Hidayat', 'Rahmawati', 'Saputra', 'Kurniasih', 'Setiawan',
  'Sumarni', 'Rohaeti', 'Supriatna', 'Maryati', 'Sukmana', 'Permana', 'Mulyani', 'Gunawan', 'Hermawan',
];
export const HONORIFIC = ['', '', '', '', 'Hj. ', 'H. ', 'Ibu ', 'Bapak '];

export const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

export const NOTES = [
  'Sekretariat di rumah ketua RW',
  'Pengurus baru dilantik bulan lalu',
  'Belum punya akta pendirian',
  'Perlu pendampingan administrasi',
  'Kas dipegang bendahara, dicatat di buku',
  'Pindah sekretariat\nke balai RW', // a quoted cell spanning two lines of the file: still one row
];
