import { z } from 'zod';
import { optionalNames } from './common.ts';

/**
 * What an official document issued for a unit carries above and below its text (Decree
 * 30/2020/NĐ-CP for Vietnam; the Lao layout likewise): the body it answers to and its own
 * name, the abbreviation after its number, the place it is issued in, who signs and whom it
 * goes to. Each is per language; a part left empty is printed as a blank to fill by hand.
 */
export const documentSettings = z.object({
  /** the body above the issuer, e.g. "UBND TỈNH SƠN HÀ" */
  superior: optionalNames,
  /** the issuing body, e.g. "SỞ NỘI VỤ"; when empty, the unit's own name */
  issuer: optionalNames,
  /** the issuer's abbreviation after the document type in its number: "SNV" → "Số: …/BC-SNV" */
  issuerAbbreviation: z.string().trim().max(30).regex(/^[\p{L}\p{N}.-]*$/u, 'letters, digits, . and - only'),
  /** where it is issued, e.g. "Sơn Hà" in "Sơn Hà, ngày 06 tháng 12 năm 2026" */
  place: optionalNames,
  /** signing on behalf, e.g. "KT. GIÁM ĐỐC" (may be empty) */
  signerAuthority: optionalNames,
  /** the signer's position, e.g. "PHÓ GIÁM ĐỐC" */
  signerTitle: optionalNames,
  /** the signer's full name as printed under the signature */
  signerName: z.string().trim().max(120),
  /** the distribution list ("Nơi nhận"), one recipient per line */
  recipients: optionalNames,
});
export type DocumentSettings = z.infer<typeof documentSettings>;

export const documentSettingsResponse = z.object({
  unitCode: z.string(),
  settings: documentSettings,
  /** null until someone saves them: the settings shown are the empty defaults */
  updatedAt: z.string().nullable(),
});
export type DocumentSettingsResponse = z.infer<typeof documentSettingsResponse>;

export const EMPTY_DOCUMENT_SETTINGS: DocumentSettings = {
  superior: {},
  issuer: {},
  issuerAbbreviation: '',
  place: {},
  signerAuthority: {},
  signerTitle: {},
  signerName: '',
  recipients: {},
};
