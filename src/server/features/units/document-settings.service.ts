import { EMPTY_DOCUMENT_SETTINGS, type DocumentSettings, type DocumentSettingsResponse } from '../../../shared/contracts/documents.ts';
import { pickName, type Locale } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import type { Letterhead } from '../../platform/documents/official-document.ts';
import { findDocumentSettings, saveDocumentSettings } from './document-settings.repository.ts';
import { requireUnit } from './tree-changes.ts';
import { accessWithin } from './unit-access.ts';
import { unitRefs } from './units.repository.ts';

/**
 * Each unit's letterhead and signature block: read by whoever may read the unit, edited by
 * its managers (the secretariat), and printed on the official documents issued for it.
 */
export function createDocumentSettings({ db }: { db: Db }) {
  const service = {
    async get(actor: Actor, unitCode: string): Promise<DocumentSettingsResponse> {
      const unit = await requireUnit(db, unitCode);
      await accessWithin(db).requireAccess({ actor, permission: 'units.read', unitIds: [unit.id] });
      const found = await findDocumentSettings(db, unit.id);
      return { unitCode: unit.code, settings: found?.settings ?? EMPTY_DOCUMENT_SETTINGS, updatedAt: found?.updatedAt ?? null };
    },

    async save(actor: Actor, unitCode: string, settings: DocumentSettings): Promise<DocumentSettingsResponse> {
      return inTransaction(db, async (tx) => {
        const unit = await requireUnit(tx, unitCode);
        await accessWithin(tx).requireAccess({ actor, permission: 'units.manage', unitIds: [unit.id] });
        const before = await findDocumentSettings(tx, unit.id);
        const updatedAt = await saveDocumentSettings(tx, unit.id, settings);
        await appendAudit(tx, actor, { action: 'unit.document_settings', entity: 'unit', entityId: unit.code, before: before?.settings ?? null, after: settings });
        return { unitCode: unit.code, settings, updatedAt };
      });
    },

    /** Fill a unit's settings where none were ever saved (the demo's province); audited like a save. */
    async ensure(actor: Actor, unitCode: string, settings: DocumentSettings): Promise<boolean> {
      const unit = await requireUnit(db, unitCode);
      if (await findDocumentSettings(db, unit.id)) return false;
      await service.save(actor, unitCode, settings);
      return true;
    },

    /**
     * The letterhead of a document issued for a unit, in the reader's language. The issuer
     * is the unit's own name until its settings name it; the rest stays blank to fill by hand.
     * Only for documents whose content the caller was already allowed to read.
     */
    async letterheadOf(unitId: number | null, locale: Locale): Promise<Letterhead> {
      if (unitId === null) return { superior: '', issuer: '', issuerAbbreviation: '', place: '', signerAuthority: '', signerTitle: '', signerName: '', recipients: [] };
      const s = (await findDocumentSettings(db, unitId))?.settings ?? EMPTY_DOCUMENT_SETTINGS;
      const [ref] = await unitRefs(db, [unitId]);
      const name = (names: Partial<Record<Locale, string>>) => pickName(names, locale).trim();
      return {
        superior: name(s.superior),
        issuer: name(s.issuer) || pickName(ref?.names ?? {}, locale),
        issuerAbbreviation: s.issuerAbbreviation,
        place: name(s.place),
        signerAuthority: name(s.signerAuthority),
        signerTitle: name(s.signerTitle),
        signerName: s.signerName,
        recipients: name(s.recipients)
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      };
    },
  };
  return service;
}

export type DocumentSettingsService = ReturnType<typeof createDocumentSettings>;
