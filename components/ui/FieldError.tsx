/** The inline message under a label; "Error:" is spoken but not shown, as the red text already says it. */
export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} className="field__error">
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  );
}
