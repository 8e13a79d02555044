namespace Fairtrade.Silo.Http;

/// <summary>
/// A request the edge refuses as a whole (a file too large, of a type not taken); answered with <see cref="Status"/>,
/// its title, and the message (already in the reader's language) as the detail.
/// </summary>
public sealed class RefusedException(int status, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    /// <summary>When the same request may succeed later, how long to wait (the answer's <c>Retry-After</c>).</summary>
    public TimeSpan? RetryAfter { get; init; }
}
