import type { Locale } from '../../../../shared/locales.ts';

/**
 * The demo province's place names in Lao, Khmer and Thai script. A Vietnamese place name is
 * written in these scripts syllable by syllable, as their press writes Vietnamese names
 * (Hà Nội: ຮ່າໂນ້ຍ, ហាណូយ, ฮานอย; Sơn La: ເຊີນລາ, សឺនឡា, เซินลา): one spelling per syllable
 * here, so that a name reads the same in every unit that carries it. The kind of unit comes
 * first, in the word each language uses for it (Xã → ຕາແສງ, ឃុំ, ตำบล), written without a
 * space as these scripts write names.
 */
type Script = Exclude<Locale, 'vi' | 'en'>;
type Spelling = Record<Script, string>;

const SYLLABLES: Record<string, Spelling> = {
  An: { lo: 'ອານ', km: 'អាន', th: 'อาน' },
  Bình: { lo: 'ບິ່ງ', km: 'ប៊ិញ', th: 'บิ่ญ' },
  Châu: { lo: 'ເຈົາ', km: 'ចូវ', th: 'เจิว' },
  Cường: { lo: 'ເກື່ອງ', km: 'គឿង', th: 'เกื่อง' },
  Du: { lo: 'ຊູ', km: 'ស៊ូ', th: 'ซู' },
  Giang: { lo: 'ຊາງ', km: 'ស៊ាង', th: 'ซาง' },
  Hà: { lo: 'ຮ່າ', km: 'ហា', th: 'ห่า' },
  Hòa: { lo: 'ຮວາ', km: 'ហ្វា', th: 'ฮหว่า' },
  Hưng: { lo: 'ຮຶງ', km: 'ហឹង', th: 'ฮึง' },
  Hạ: { lo: 'ຮະ', km: 'ហះ', th: 'ฮะ' },
  Hội: { lo: 'ຮອຍ', km: 'ហូយ', th: 'ฮอย' },
  Khai: { lo: 'ຄາຍ', km: 'ខៃ', th: 'คาย' },
  Khê: { lo: 'ເຄ', km: 'ខេ', th: 'เค' },
  Kim: { lo: 'ກິມ', km: 'គីម', th: 'กิม' },
  Lâm: { lo: 'ເລີມ', km: 'ឡឹម', th: 'เลิม' },
  Lãnh: { lo: 'ລາງ', km: 'ឡាញ', th: 'ลาญ' },
  Lê: { lo: 'ເລ', km: 'ឡេ', th: 'เล' },
  Lạc: { lo: 'ລາກ', km: 'ឡាក់', th: 'ลาก' },
  Lập: { lo: 'ເລີບ', km: 'ឡឹប', th: 'เลิบ' },
  Lợi: { lo: 'ເລີ່ຍ', km: 'ឡយ', th: 'เหล่ย' },
  Minh: { lo: 'ມິນ', km: 'មិញ', th: 'มิญ' },
  Mỹ: { lo: 'ມີ', km: 'មី', th: 'หมี' },
  Nam: { lo: 'ນາມ', km: 'ណាម', th: 'นาม' },
  Ngọc: { lo: 'ງອກ', km: 'ង៉ុក', th: 'หง็อก' },
  Phong: { lo: 'ຟອງ', km: 'ផុង', th: 'ฟอง' },
  Phù: { lo: 'ຟູ', km: 'ភូ', th: 'ฟู' },
  Phú: { lo: 'ຟູ້', km: 'ភូ', th: 'ฟู้' },
  Phước: { lo: 'ເຟືອກ', km: 'ភឿក', th: 'เฟื้อก' },
  Quang: { lo: 'ກວາງ', km: 'ក្វាង', th: 'กวาง' },
  Sơn: { lo: 'ເຊີນ', km: 'សឺន', th: 'เซิน' },
  Thanh: { lo: 'ແທງ', km: 'ថាញ់', th: 'ทัญ' },
  Thuận: { lo: 'ທວນ', km: 'ធួន', th: 'ถ่วน' },
  Thượng: { lo: 'ເທື່ອງ', km: 'ធឿង', th: 'เถื่อง' },
  Thịnh: { lo: 'ທິ່ງ', km: 'ធិញ', th: 'ถิ่ญ' },
  Thủy: { lo: 'ທວີ', km: 'ធុយ', th: 'ถวี' },
  Tiến: { lo: 'ຕຽນ', km: 'ទៀន', th: 'เตี๊ยน' },
  Trung: { lo: 'ຈຸງ', km: 'ទ្រុង', th: 'จุง' },
  Trường: { lo: 'ເຈື່ອງ', km: 'ទ្រឿង', th: 'เจื่อง' },
  Trần: { lo: 'ເຈີ່ນ', km: 'ត្រឹន', th: 'เจิ่น' },
  Tân: { lo: 'ເຕິນ', km: 'តឹន', th: 'เติน' },
  Vân: { lo: 'ເວີນ', km: 'វឹន', th: 'เวิน' },
  Xuân: { lo: 'ຊວນ', km: 'សួន', th: 'ซวน' },
  Đồng: { lo: 'ດົ່ງ', km: 'ដុង', th: 'ด่ง' },
  Đức: { lo: 'ດຶກ', km: 'ដឹក', th: 'ดึ๊ก' },
};

/** The Vietnamese word of each kind of local unit, and the word for it in each script. */
const KINDS: { vi: string; words: Spelling }[] = [
  { vi: 'Thành phố', words: { lo: 'ນະຄອນ', km: 'ទីក្រុង', th: 'นคร' } },
  { vi: 'Thị xã', words: { lo: 'ເທດສະບານ', km: 'ក្រុង', th: 'เมือง' } },
  { vi: 'Thị trấn', words: { lo: 'ຕົວເມືອງ', km: 'ទីប្រជុំ', th: 'เทศบาลตำบล' } },
  { vi: 'Huyện', words: { lo: 'ເມືອງ', km: 'ស្រុក', th: 'อำเภอ' } },
  { vi: 'Phường', words: { lo: 'ເຂດ', km: 'សង្កាត់', th: 'แขวง' } },
  { vi: 'Xã', words: { lo: 'ຕາແສງ', km: 'ឃុំ', th: 'ตำบล' } },
];

/** "Xã Tân Lập" → { lo: 'ຕາແສງເຕິນເລີບ', km: 'ឃុំតឹនឡឹប', th: 'ตำบลเตินเลิบ' }; throws on a word it cannot spell. */
export function placeNameScripts(vi: string): Spelling {
  const kind = KINDS.find((k) => vi.startsWith(`${k.vi} `));
  if (!kind) throw new Error(`No kind of local unit in "${vi}"`);
  const syllables = vi.slice(kind.vi.length + 1).split(' ').map((s) => {
    const spelling = SYLLABLES[s];
    if (!spelling) throw new Error(`No spelling of "${s}" (in "${vi}")`);
    return spelling;
  });
  const write = (script: Script) => kind.words[script] + syllables.map((s) => s[script]).join('');
  return { lo: write('lo'), km: write('km'), th: write('th') };
}

/** A local unit's names in the five languages from its Vietnamese and English names. */
export function placeNames(vi: string, en: string): Record<Locale, string> {
  return { vi, en, ...placeNameScripts(vi) };
}
