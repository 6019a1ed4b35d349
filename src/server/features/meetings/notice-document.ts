import { pickName, type Locale, type LocalizedNames } from '../../../shared/locales.ts';
import { officialDocx, type Block, type DocumentText, type Letterhead } from '../../platform/documents/official-document.ts';
import { readerFormats } from '../../platform/documents/reader-formats.ts';

/** What the notice says: the meeting, what was raised at it (and answered there), what it concluded. */
export interface NoticeData {
  title: LocalizedNames;
  heldOn: string;
  organiser: LocalizedNames;
  chairTitle: LocalizedNames;
  chairName: string;
  participants: number | null;
  participatingUnits: number;
  agenda: LocalizedNames;
  noticeNo: string | null;
  raised: { raisedBy: LocalizedNames | null; raiserTitle: LocalizedNames | null; text: LocalizedNames; answer: LocalizedNames | null }[];
  conclusions: { text: LocalizedNames; responsible: LocalizedNames | null; deadline: string | null }[];
}

/**
 * The notice of a meeting's conclusions in the official layout of the reader's country,
 * under the letterhead of the organising unit: who met when, what was raised (with the
 * answers given there), and each conclusion with the unit it is assigned to and its deadline.
 */
export async function noticeDocx(d: NoticeData, letterhead: Letterhead, issuedOn: string, locale: Locale, t: DocumentText): Promise<Buffer> {
  const f = readerFormats(locale);
  const name = (n: LocalizedNames | null) => (n ? pickName(n, locale) : '');
  const chair = [name(d.chairTitle), d.chairName].filter(Boolean).join(' ');
  const meeting = name(d.title);
  const held = t(d.participants === null ? 'meetings.notice.heldNoCount' : 'meetings.notice.held', {
    date: f.date(d.heldOn),
    organiser: name(d.organiser),
    meeting,
    chair: chair || '………',
    participants: f.number(d.participants ?? 0),
    units: f.number(d.participatingUnits),
  });
  const raised = d.raised.map((r) => {
    const who = [name(r.raiserTitle), name(r.raisedBy)].filter(Boolean).join(', ');
    const said = who ? `${who}: ${name(r.text)}` : name(r.text);
    return r.answer ? `${said} ${t('meetings.notice.answered', { answer: name(r.answer) })}` : said;
  });
  const columns = [
    { heading: t('meetings.notice.no'), align: 'center' as const },
    { heading: t('meetings.notice.conclusion') },
    { heading: t('meetings.notice.responsible') },
    { heading: t('meetings.notice.deadline'), align: 'center' as const },
  ];
  const rows = d.conclusions.map((c, i) => [f.number(i + 1), name(c.text), name(c.responsible), c.deadline ? f.date(c.deadline) : '']);
  const body: Block[] = [
    { kind: 'paragraph', text: held },
    ...(name(d.agenda) ? [{ kind: 'paragraph' as const, text: t('meetings.notice.agenda', { agenda: name(d.agenda) }) }] : []),
    { kind: 'heading', text: `I. ${t('meetings.notice.raisedHeading')}` },
    raised.length ? { kind: 'items', items: raised } : { kind: 'paragraph', text: t('meetings.notice.noneRaised') },
    { kind: 'heading', text: `II. ${t('meetings.notice.conclusionsHeading')}` },
    rows.length ? { kind: 'table', columns, rows } : { kind: 'paragraph', text: t('meetings.notice.noConclusions') },
    { kind: 'paragraph', text: t('meetings.notice.closing') },
  ];
  return officialDocx({ locale, type: 'notice', issuedOn, title: t('meetings.notice.title', { chair: chair || '………', meeting }), letterhead, body, number: d.noticeNo ?? undefined }, t);
}
