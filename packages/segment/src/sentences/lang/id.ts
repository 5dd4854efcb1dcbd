import type { SentenceRules } from "../sentence-rules.js";

/**
 * Indonesian and Malay. Titles before a name never end a sentence (Bpk., Dr., Ir., H., Jl.,
 * Tn., Ny.); "dll.", "dsb.", "Tbk." may, before a sentence starter.
 */
export const id: SentenceRules = {
  nonFinal: [
    "Bpk.", "Bp.", "Pak.", "Ibu.", "Sdr.", "Sdri.", "Tn.", "Ny.", "Nn.", "Dr.", "dr.", "Drs.", "Dra.", "Ir.", "Prof.", "H.", "Hj.",
    "KH.", "Jl.", "Jln.", "No.", "no.", "Kec.", "Kab.", "Kel.", "Prov.", "Rp.", "hlm.", "Tel.", "Datuk.", "Dato'.", "Tan.", "Sri.",
    "Tun.", "YB.", "YAB.", "YBhg.", "Kol.", "Brigjen.", "Mayjen.", "Letjen.", "Jend.", "Kapt.", "Insp.", "Sjn.", "Kpl.", "Sept.",
    "Okt.", "Nov.", "Des.", "Jan.", "Feb.", "Agu.", "Ags.",
  ],
  finalCapable: ["dll.", "dsb.", "dst.", "dkk.", "Tbk.", "Bhd.", "Sdn.", "km.", "kg.", "AS."],
  starters: [
    "Ini", "Itu", "Dia", "Ia", "Mereka", "Kami", "Kita", "Saya", "Anda", "Namun", "Tetapi", "Tapi", "Dan", "Selain", "Sementara",
    "Sebelumnya", "Kemudian", "Setelah", "Selepas", "Pada", "Dalam", "Di", "Ke", "Dari", "Menurut", "Hal", "Sejak", "Saat",
    "Ketika", "Jika", "Kalau", "Karena", "Kerana", "Oleh", "Untuk", "Bagi", "Hari", "Presiden", "Pemerintah", "Kerajaan",
  ],
};
