import type { ReactNode } from 'react';
import type { CaseFileModel, Moment } from '@/lib/casefile/layout';

/**
 * One table of the case file: its header row repeats on every printed page (casefile.css), and a
 * section with no rows says so instead of printing an empty table.
 */
function DocTable<Row>({
  part,
  className,
  cols,
  children,
}: {
  part: { columns: readonly string[]; rows: readonly Row[]; empty: string };
  className: string;
  /** Column width classes (casefile.css), one per column. */
  cols: ReadonlyArray<string | undefined>;
  children: (row: Row, index: number) => ReactNode;
}) {
  if (part.rows.length === 0) return <p className="empty">{part.empty}</p>;
  return (
    <table className={className}>
      <colgroup>
        {cols.map((col, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed per table
          <col key={i} className={col} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {part.columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{part.rows.map(children)}</tbody>
    </table>
  );
}

/**
 * The printed case file. Everything here is text: media addresses are plain strings (never
 * links, never images). The only images are identity documents the user attached and chose to
 * print (`proofImages`, read from the vault by the page).
 */
export function CaseFileDocument({
  model,
  proofImages,
}: {
  model: CaseFileModel;
  proofImages: ReadonlyMap<string, string>;
}) {
  const { cover, summary, timeline, evidence, reports, proofs, steps, safety, integrity } = model;
  return (
    <article className="doc" lang={model.lang} data-testid="casefile-document">
      <section className="cover">
        <p className="kicker">
          {model.docTitle} · {model.confidential}
        </p>
        <h1>{cover.title}</h1>
        <ul className="cover-lines">
          {cover.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="scope">{cover.scope}</p>
        <p className="counts">{cover.counts}</p>
        {cover.note && <p className="note">{cover.note}</p>}
        <section className="summary">
          <h2>{summary.heading}</h2>
          <p data-testid="casefile-summary">{summary.text}</p>
        </section>
        <aside className="safety" aria-label={safety.heading}>
          <strong>{safety.heading}.</strong> {safety.text}
        </aside>
      </section>

      <section className="timeline" data-testid="casefile-timeline">
        <h2>{timeline.heading}</h2>
        <DocTable part={timeline} className="tl" cols={['c-when', 'c-utc', undefined]}>
          {(row, i) => (
            // Several entries can share a moment and a text (two checks the same minute), so
            // the position is the key; the list is static once rendered.
            <tr key={i}>
              <td>{row.local}</td>
              {/* The column header already says UTC. */}
              <td className="utc">{row.utc.replace(/ UTC$/, '')}</td>
              <td className="wrap">{row.text}</td>
            </tr>
          )}
        </DocTable>
      </section>

      <section className="evidence" data-testid="casefile-evidence">
        <h2>{evidence.heading}</h2>
        <DocTable
          part={evidence}
          className="ev"
          cols={[
            'c-n',
            'c-platform',
            'c-address',
            'c-account',
            'c-id',
            'c-date',
            'c-date',
            'c-status',
          ]}
        >
          {(row) => (
            <tr key={row.id} data-evidence-id={row.id}>
              <td>{row.n}</td>
              <td>
                {row.platform}
                <div className="sub">{row.kind}</div>
              </td>
              <td className="wrap">
                <span className="mono">{row.address}</span>
                {row.media.map((m) => (
                  <div key={m} className="sub mono">
                    {m}
                  </div>
                ))}
                {row.quoted && (
                  <div className="sub">
                    {evidence.quotedLabel} <span className="mono">{row.quoted}</span>
                  </div>
                )}
                {row.excerpt && (
                  <div className="sub">
                    {evidence.excerptLabel} {row.excerpt}
                  </div>
                )}
              </td>
              <td className="wrap">
                {row.account.map((a) => (
                  <div key={a}>{a}</div>
                ))}
              </td>
              <td className="wrap mono">{row.postId}</td>
              <td>
                <When at={row.postedAt} />
              </td>
              <td>
                <When at={row.capturedAt} />
              </td>
              <td>
                {row.status}
                <div className="sub">{row.checked}</div>
              </td>
            </tr>
          )}
        </DocTable>
      </section>

      {model.sextortion && (
        <section className="sextortion" data-testid="casefile-sextortion">
          <h2>{model.sextortion.heading}</h2>
          <ul>
            {model.sextortion.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {model.sextortion.payments.length > 0 && (
            <>
              <h3>{model.sextortion.paymentsHeading}</h3>
              <ul>
                {model.sextortion.payments.map((line, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: two payment details can read the same
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </>
          )}
          {model.sextortion.threats.length > 0 && (
            <>
              <h3>{model.sextortion.threatsHeading}</h3>
              <ul>
                {model.sextortion.threats.map((x, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: two threats can share a time
                  <li key={i}>
                    <time dateTime={x.at}>{x.local}</time> ({x.utc}) — {x.text}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {model.receipts && (
        <section className="receipts" data-testid="casefile-receipts">
          <h2>{model.receipts.heading}</h2>
          <ul>
            {model.receipts.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      <section className="reports" data-testid="casefile-reports">
        <h2>{reports.heading}</h2>
        <DocTable
          part={reports}
          className="rp"
          cols={['c-where', 'c-date', 'c-ref', 'c-status', undefined]}
        >
          {(row) => (
            <tr key={row.id} data-report-id={row.id}>
              <td className="wrap">
                {row.where}
                <div className="sub">{row.channel}</div>
                {row.about && <div className="sub">{row.about}</div>}
              </td>
              <td>
                <When at={row.sentAt} />
              </td>
              <td className="wrap mono">{row.reference}</td>
              <td>
                {row.status}
                {row.followUp && <div className="sub">{row.followUp}</div>}
              </td>
              <td className="wrap">
                {row.answer}
                {row.answeredAt && (
                  <div className="sub">
                    {row.answeredAt.local} · {row.answeredAt.utc}
                  </div>
                )}
              </td>
            </tr>
          )}
        </DocTable>
      </section>

      <section className="proofs" data-testid="casefile-proofs">
        <h2>{proofs.heading}</h2>
        <DocTable part={proofs} className="pf" cols={['c-doc', 'c-date', undefined, 'c-file']}>
          {(row) => (
            <tr key={row.id}>
              <td className="wrap">
                {row.type}
                <div className="sub">{row.label}</div>
              </td>
              <td>
                <When at={row.added} />
              </td>
              <td className="wrap">
                {row.sentTo.length === 0 ? '—' : row.sentTo.map((s) => <div key={s}>{s}</div>)}
              </td>
              <td className="wrap">{row.file}</td>
            </tr>
          )}
        </DocTable>
        {proofs.rows.some((p) => proofImages.has(p.id)) && (
          <div className="proof-images">
            <h3>{proofs.imagesHeading}</h3>
            {proofs.rows
              .filter((p) => proofImages.has(p.id))
              .map((p) => (
                <figure key={p.id}>
                  <img src={proofImages.get(p.id)} alt={`${p.type} — ${p.label}`} />
                  <figcaption>
                    {p.type} — {p.label}
                  </figcaption>
                </figure>
              ))}
          </div>
        )}
      </section>

      <section className="steps" data-testid="casefile-steps">
        <h2>{steps.heading}</h2>
        <DocTable part={steps} className="st" cols={['c-step', undefined]}>
          {(row) => (
            <tr key={row.id} className={row.done ? 'done' : undefined}>
              <td className="wrap">
                {row.title}
                <div className="sub">{row.done ? steps.doneLabel : row.urgency}</div>
              </td>
              <td className="wrap">{row.why}</td>
            </tr>
          )}
        </DocTable>
      </section>

      <section className="closing">
        <h2>{safety.heading}</h2>
        <p>{safety.text}</p>
        <div className="integrity" data-testid="casefile-integrity">
          <h2>{integrity.heading}</h2>
          <p>{integrity.label}</p>
          <p className="hash" data-testid="casefile-hash">
            {integrity.hash}
          </p>
          <p>{integrity.covers}</p>
          <p>{integrity.how}</p>
          <p className="sub">{integrity.made}</p>
        </div>
      </section>
    </article>
  );
}

function When({ at }: { at: Moment | null }) {
  if (!at) return <>—</>;
  return (
    <>
      <div>{at.local}</div>
      <div className="sub">{at.utc}</div>
    </>
  );
}
