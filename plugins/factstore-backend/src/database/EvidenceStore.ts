import type { Knex } from 'knex';

/** Evidence files stored by the sha256 of their bytes: uploading the same file twice stores it once. */
export class EvidenceStore {
  constructor(private readonly db: Knex) {}

  async put(
    sha256: string,
    content: Buffer,
    contentType: string,
  ): Promise<void> {
    await this.db('evidence')
      .insert({
        sha256,
        content,
        size_bytes: content.length,
        content_type: contentType,
        created_at: new Date(),
      })
      .onConflict('sha256')
      .ignore();
  }

  async get(
    sha256: string,
  ): Promise<{ content: Buffer; contentType: string } | undefined> {
    const row = await this.db('evidence')
      .where({ sha256 })
      .first('content', 'content_type');
    return (
      row && {
        content: Buffer.from(row.content),
        contentType: row.content_type,
      }
    );
  }
}
