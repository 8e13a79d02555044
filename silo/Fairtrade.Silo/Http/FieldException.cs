namespace Fairtrade.Silo.Http;

/// <summary>A request value that fails a check at the edge; answered as 400 naming <see cref="Field"/>.</summary>
public sealed class FieldException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
