import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSettings } from '../../src/shared/contracts/documents.ts';
import { todayIn } from '../../src/shared/domain/dates.ts';
import { demoName } from '../data/demo-names.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { readDocx } from '../support/docx.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';

/** What the Department of Home Affairs' secretariat types for the province's documents. */
const SETTINGS: DocumentSettings = {
  superior: { vi: 'Ủy ban nhân dân tỉnh Sơn Hà', lo: 'ອົງການປົກຄອງແຂວງເຊີນຮ່າ' },
  issuer: { vi: 'Sở Nội vụ', lo: 'ພະແນກພາຍໃນ' },
  issuerAbbreviation: 'SNV',
  place: { vi: 'Sơn Hà', lo: 'ເຊີນຮ່າ' },
  signerAuthority: { vi: 'KT. Giám đốc' },
  signerTitle: { vi: 'Phó Giám đốc', lo: 'ຮອງຫົວໜ້າພະແນກ' },
  signerName: 'Nguyễn Văn An',
  recipients: { vi: 'UBND tỉnh (b/c);\nCác sở, ban, ngành;\nLưu: VT, CCHC.', lo: 'ອົງການປົກຄອງແຂວງ;\nເກັບມ້ຽນ.' },
};

describeOnEachEngine('official documents: letterhead settings and the round summary', (engine) => {
  let h: Harness;
  let admin: Session;
  let secretariat: Session;
  let department: Session;
  let commune: Session;
  const call = (s: Session, method: 'GET' | 'PUT', url: string, payload?: unknown) => h.app.inject({ method, url, headers: as(s), payload: payload as object });
  const summary = async (s: Session, locale: string) => {
    const res = await call(s, 'GET', `/api/rounds/NB-DEMO-2/export?format=docx&locale=${locale}`);
    expect(res.statusCode, res.body).toBe(200);
    return readDocx(res.rawPayload);
  };

  beforeAll(async () => {
    h = await startHarness(engine, { demo: true, rounds: true });
    admin = await signIn(h.app, 'admin');
    secretariat = await signIn(h.app, 'secretariat');
    department = await signIn(h.app, 'department');
    commune = await signIn(h.app, 'commune');
  });
  afterAll(() => h.close());

  describe('the demo province and a reader without an office', () => {
    it('ships the province’s letterhead, saved as data', async () => {
      const res = await call(secretariat, 'GET', '/api/units/H99/document-settings');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ unitCode: 'H99', settings: { issuerAbbreviation: 'SNV', issuer: { vi: 'Sở Nội vụ', lo: 'ພະແນກພາຍໃນ' } } });
    });

    it('answers empty settings for a unit that has none', async () => {
      const res = await call(secretariat, 'GET', '/api/units/H99.05/document-settings');
      expect(res.json()).toMatchObject({ unitCode: 'H99.05', updatedAt: null, settings: { issuerAbbreviation: '', signerName: '', issuer: {} } });
    });

    it('leaves blanks to fill where the issuer is unknown (the system administrator’s export), never a placeholder', async () => {
      const doc = await summary(admin, 'vi');
      expect(doc.paragraphs.slice(0, 2)).toEqual(['………', 'Số: ………/BC']);
      expect(doc.paragraphs.filter((p) => p === '………').length).toBe(3); // issuer, signer's title and name
      expect(doc.paragraphs.join('\n')).not.toMatch(/cần nhập|TODO|placeholder|\{\w+\}/i);
    });
  });

  describe('the settings', () => {
    it('are saved by the secretariat and audited', async () => {
      const res = await call(secretariat, 'PUT', '/api/units/H99/document-settings', SETTINGS);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().settings).toEqual(SETTINGS);
      const audit = await call(admin, 'GET', '/api/audit?entity=unit&limit=5');
      const entry = audit.json().entries.find((e: { action: string }) => e.action === 'unit.document_settings');
      expect(entry).toMatchObject({ actor: 'user:secretariat', entityId: 'H99', before: { signerName: 'Trần Thị Minh Hà' }, after: SETTINGS });
    });

    it('refuse a bad abbreviation by its field and keep what was saved', async () => {
      const res = await call(secretariat, 'PUT', '/api/units/H99/document-settings', { ...SETTINGS, issuerAbbreviation: 'S NV', signerName: 'Someone else' });
      expect(res.statusCode).toBe(400);
      expect(res.json().details.fields.map((f: { field: string }) => f.field)).toEqual(['body.issuerAbbreviation']);
      expect((await call(secretariat, 'GET', '/api/units/H99/document-settings')).json().settings.signerName).toBe('Nguyễn Văn An');
    });

    it('are changed only by the unit’s managers, and read only within scope', async () => {
      expect((await call(department, 'PUT', '/api/units/H99.02/document-settings', SETTINGS)).statusCode).toBe(403);
      expect((await call(department, 'GET', '/api/units/H99.02/document-settings')).statusCode).toBe(200);
      // the province's signer is not shown to a department or a commune outside it
      for (const s of [department, commune]) {
        const res = await call(s, 'GET', '/api/units/H99/document-settings');
        expect(res.statusCode).toBe(403);
        expect(res.body).not.toContain('Nguyễn Văn An');
      }
      expect((await call(secretariat, 'GET', '/api/units/NOPE/document-settings')).statusCode).toBe(404);
    });
  });

  describe('the round summary in Vietnamese', () => {
    it('carries the national header, the issuer over its number, place and date, recipients and signature', async () => {
      const doc = await summary(secretariat, 'vi');
      const [year, month, day] = todayIn('Asia/Ho_Chi_Minh').split('-').map(Number) as [number, number, number];
      const dateLine = `Sơn Hà, ngày ${String(day).padStart(2, '0')} tháng ${month <= 2 ? String(month).padStart(2, '0') : month} năm ${year}`;
      expect(doc.paragraphs.slice(0, 8)).toEqual([
        'ỦY BAN NHÂN DÂN TỈNH SƠN HÀ',
        'SỞ NỘI VỤ',
        'Số: ………/BC-SNV',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        dateLine,
        'BÁO CÁO',
        expect.stringMatching(/^Kết quả đánh giá .+ năm \d{4}$/),
      ]);
      expect(doc.paragraphs).toEqual(expect.arrayContaining(['Nơi nhận:', '- UBND tỉnh (b/c);', '- Lưu: VT, CCHC.', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn An']));
    });

    it('is set in Times New Roman on A4 with the decree’s margins, without Word’s heading styles', async () => {
      const doc = await summary(secretariat, 'vi');
      expect(doc.stylesXml).toContain('w:ascii="Times New Roman"');
      expect(doc.documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
      expect(doc.documentXml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
      expect(doc.documentXml).not.toMatch(/w:pStyle w:val="(Title|Heading\d)"/);
    });

    it('writes points with a decimal comma, drops a percentage that repeats them, and fits columns to their content', async () => {
      const doc = await summary(secretariat, 'vi');
      const text = doc.paragraphs.join('\n');
      expect(text).not.toMatch(/\d\.\d+ điểm|\b\d{2}\.\d{2}\b/);
      expect(doc.paragraphs.filter((p) => /^\d{2},\d{2}$/.test(p)).length).toBeGreaterThan(3);
      expect(doc.paragraphs).not.toContain('Chỉ số (%)');
      const ranking = doc.documentXml.match(/<w:tbl>(?:(?!<\/w:tbl>)[\s\S])*<w:tblHeader\/>[\s\S]*?<\/w:tbl>/)![0];
      const grid = [...ranking.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
      expect(grid).toHaveLength(5);
      expect(Math.max(...grid)).toBe(grid[1]); // the unit names get the room
      expect(grid[1]!).toBeGreaterThan(2 * grid[2]!);
      expect(ranking).toContain('<w:tblHeader/>'); // the heading row repeats on each page
    });
  });

  describe('the round summary in Lao', () => {
    it('opens with the Lao national header and names the units in Lao, with the Lao font embedded', async () => {
      const doc = await summary(secretariat, 'lo');
      expect(doc.paragraphs.slice(0, 2)).toEqual(['ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ', 'ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ']);
      expect(doc.paragraphs).toEqual(expect.arrayContaining(['ພະແນກພາຍໃນ', 'ເລກທີ ………/SNV', 'ບົດລາຍງານ', 'ບ່ອນສົ່ງ:', 'ຮອງຫົວໜ້າພະແນກ', demoName('unit H99.02', 'lo')]));
      expect(doc.paragraphs.join('\n')).not.toContain('CỘNG HÒA');
      expect(doc.stylesXml).toContain('w:cs="Noto Sans Lao"');
      expect(doc.fontTableXml).toContain('w:embedRegular');
      expect(doc.fontTableXml).toContain('w:embedBold');
      expect(doc.files.filter((f) => f.startsWith('word/fonts/'))).toHaveLength(2);
    });
  });

  it('counts years in the Buddhist era for Thai readers, with Noto Sans Thai embedded', async () => {
    const doc = await summary(secretariat, 'th');
    const roundYear = Number(todayIn('Asia/Ho_Chi_Minh').slice(0, 4)) - 1; // the demo's NB-DEMO-2 is last year's
    expect(doc.paragraphs).toContain('รายงาน');
    expect(doc.paragraphs.find((p) => p.startsWith('ผลการประเมิน'))).toMatch(new RegExp(`ปี ${roundYear + 543}$`));
    expect(doc.stylesXml).toContain('w:cs="Noto Sans Thai"');
    expect(doc.files.filter((f) => f.startsWith('word/fonts/'))).toHaveLength(2);
  });

  it('is issued in English under a neutral letterhead', async () => {
    const doc = await summary(secretariat, 'en');
    expect(doc.paragraphs).toEqual(expect.arrayContaining(['REPORT', 'Distribution:']));
    expect(doc.paragraphs.join('\n')).not.toMatch(/CỘNG HÒA|ສາທາລະນະລັດ/);
  });
});
