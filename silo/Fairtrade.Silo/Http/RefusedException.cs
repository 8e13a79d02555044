namespace Fairtrade.Silo.Http;

/// <summary>
/// What a streaming reader refuses while it reads (a multipart body or workbook found broken, a file too large or of
/// a type not taken, no room for one more upload): found deep in the reading, after binding and validation are done,
/// so it unwinds as an exception to the endpoint's <see cref="ReaderRefusalsFilter"/>, which answers it through <see cref="Problems"/>. With a <see cref="Field"/> it answers
/// as a field error (400 naming it); without one, with <see cref="Status"/> and the message (already in the
/// reader's language) as the detail.
/// </summary>
public sealed class RefusedException(int status, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    /// <summary>The field the refusal is about (<c>file</c>, <c>body</c>, a form field), if it is about one.</summary>
    public string? Field { get; private init; }

    /// <summary>When the same request may succeed later, how long to wait (the answer's <c>Retry-After</c>).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>A 400 naming <paramref name="field"/>.</summary>
    public static RefusedException ForField(string field, string message) => new(StatusCodes.Status400BadRequest, message) { Field = field };
}
