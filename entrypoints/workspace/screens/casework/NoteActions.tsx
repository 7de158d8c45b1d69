import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/i18n';
import { formatDateTime } from '@/lib/case/derive';
import { NoteForm, type NoteFormValues } from '@/lib/case/forms';
import { useCase } from '../../stores/case';
import { DeleteButton } from './DeleteButton';
import { messageOf, tk } from './data';
import { FormFooter } from './FormFooter';
import { useFocusReturn } from './focus';

/**
 * Edit and delete for a note's line in the timeline. The delete waits for its undo window like
 * every other item (stores/pending-delete.ts) and leaves "a note was deleted" in the timeline;
 * the note's words are not kept in that line.
 */
export function NoteActions({
  noteId,
  text,
  at,
  locale,
}: {
  noteId: string;
  text: string;
  at: string;
  locale: string;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [announce, setAnnounce] = useState('');
  const when = formatDateTime(at, locale);
  // Keyboard focus goes back to "Edit note" when the form closes (saved or cancelled).
  const editButton = useFocusReturn<HTMLButtonElement>(editing);

  if (editing) {
    return (
      <NoteEditForm
        initial={text}
        onCancel={() => setEditing(false)}
        onSave={async (values) => {
          await useCase.getState().apply({ op: 'updateNote', id: noteId, text: values.text });
          setEditing(false);
          setAnnounce(t('case.del.noteSaved'));
        }}
      />
    );
  }
  return (
    <div className="cw-actions cw-note-actions">
      <button
        ref={editButton}
        type="button"
        aria-label={`${t('case.del.editNote')} (${when})`}
        onClick={() => {
          setAnnounce('');
          setEditing(true);
        }}
      >
        {t('case.del.editNote')}
      </button>
      <DeleteButton
        kind="note"
        id={noteId}
        op={{ op: 'removeNote', id: noteId }}
        label={`${t('case.del.note')} (${when})`}
      />
      <span role="status" className="cw-ok">
        {announce}
      </span>
    </div>
  );
}

function NoteEditForm({
  initial,
  onSave,
  onCancel,
}: {
  initial: string;
  onSave: (values: NoteFormValues) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<NoteFormValues>({
    resolver: zodResolver(NoteForm),
    defaultValues: { text: initial },
  });
  // The form replaces the button that opened it: keyboard focus moves into the text.
  useEffect(() => setFocus('text'), [setFocus]);
  const error = errors.text?.message ? tk(t, errors.text.message) : undefined;
  return (
    <form
      className="cw-form cw-note-edit"
      aria-label={t('case.del.editNote')}
      noValidate
      onSubmit={handleSubmit(async (values) => {
        setFailure(null);
        try {
          await onSave(values);
        } catch (e) {
          setFailure(t('common.error', { message: messageOf(e) }));
        }
      })}
    >
      <Field label={t('case.del.noteLabel')} error={error}>
        {(c) => <textarea {...c} {...register('text')} rows={3} />}
      </Field>
      <FormFooter
        failure={failure}
        saveLabel={t('case.del.saveNote')}
        busy={isSubmitting}
        onCancel={onCancel}
      />
    </form>
  );
}

/** The timeline's "add a note" form (the same schema as a note's edit). */
export function NoteAddForm() {
  const { t } = useI18n();
  const [announce, setAnnounce] = useState('');
  const [failure, setFailure] = useState<string | undefined>();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<NoteFormValues>({ resolver: zodResolver(NoteForm), defaultValues: { text: '' } });
  const invalid = errors.text?.message ? tk(t, errors.text.message) : undefined;
  return (
    <form
      className="cw-form"
      aria-labelledby="note-form-title"
      noValidate
      onSubmit={handleSubmit(async (values) => {
        setFailure(undefined);
        setAnnounce('');
        try {
          await useCase.getState().apply({ op: 'addNote', text: values.text });
          reset({ text: '' });
          setAnnounce(t('cw.timeline.noteAdded'));
        } catch (error) {
          setFailure(t('common.error', { message: messageOf(error) }));
        }
      })}
    >
      <h2 id="note-form-title">{t('cw.timeline.addNote')}</h2>
      <Field
        label={t('cw.timeline.note')}
        hint={t('cw.timeline.noteHint')}
        error={invalid ?? failure}
      >
        {(c) => <textarea {...c} {...register('text')} rows={3} />}
      </Field>
      <div className="cw-actions">
        <button type="submit" disabled={isSubmitting}>
          {t('cw.timeline.saveNote')}
        </button>
      </div>
      <p role="status" className="cw-ok">
        {announce}
      </p>
    </form>
  );
}
