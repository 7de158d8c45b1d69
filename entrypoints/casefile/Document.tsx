import type { CaseFileModel, Moment } from '@/lib/casefile/layout';

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
        {timeline.rows.length === 0 ? (
          <p className="empty">{timeline.empty}</p>
        ) : (
          <table className="tl">
            <colgroup>
              <col className="c-when" />
              <col className="c-utc" />
              <col />
            </colgroup>
            <thead>
              <tr>
                {timeline.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {timeline.rows.map((row, i) => (
                // Several entries can share a moment and a text (two checks the same minute).
                // biome-ignore lint/suspicious/noArrayIndexKey: the list is static once rendered
                <tr key={i}>
                  <td>{row.local}</td>
                  {/* The column header already says UTC. */}
                  <td className="utc">{row.utc.replace(/ UTC$/, '')}</td>
                  <td className="wrap">{row.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="evidence" data-testid="casefile-evidence">
        <h2>{evidence.heading}</h2>
        {evidence.rows.length === 0 ? (
          <p className="empty">{evidence.empty}</p>
        ) : (
          <table className="ev">
            <colgroup>
              <col className="c-n" />
              <col className="c-platform" />
              <col className="c-address" />
              <col className="c-account" />
              <col className="c-id" />
              <col className="c-date" />
              <col className="c-date" />
              <col className="c-status" />
            </colgroup>
            <thead>
              <tr>
                {evidence.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {evidence.rows.map((row) => (
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
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="reports" data-testid="casefile-reports">
        <h2>{reports.heading}</h2>
        {reports.rows.length === 0 ? (
          <p className="empty">{reports.empty}</p>
        ) : (
          <table className="rp">
            <colgroup>
              <col className="c-where" />
              <col className="c-date" />
              <col className="c-ref" />
              <col className="c-status" />
              <col />
            </colgroup>
            <thead>
              <tr>
                {reports.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {reports.rows.map((row) => (
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
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="proofs" data-testid="casefile-proofs">
        <h2>{proofs.heading}</h2>
        {proofs.rows.length === 0 ? (
          <p className="empty">{proofs.empty}</p>
        ) : (
          <table className="pf">
            <colgroup>
              <col className="c-doc" />
              <col className="c-date" />
              <col />
              <col className="c-file" />
            </colgroup>
            <thead>
              <tr>
                {proofs.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {proofs.rows.map((row) => (
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
              ))}
            </tbody>
          </table>
        )}
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
        {steps.rows.length === 0 ? (
          <p className="empty">{steps.empty}</p>
        ) : (
          <table className="st">
            <colgroup>
              <col className="c-step" />
              <col />
            </colgroup>
            <thead>
              <tr>
                {steps.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {steps.rows.map((row) => (
                <tr key={row.id} className={row.done ? 'done' : undefined}>
                  <td className="wrap">
                    {row.title}
                    <div className="sub">{row.done ? steps.doneLabel : row.urgency}</div>
                  </td>
                  <td className="wrap">{row.why}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
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
