using System.Globalization;

namespace Fairtrade.Silo.Http;

/// <summary>A query value bound as text, read once <see cref="ValueOfAttribute{T}"/> has let it through.</summary>
public static class CheckedValue
{
    /// <summary>The value; null when absent. An unchecked bad text is a defect here, not the client's.</summary>
    public static T? Of<T>(string? text) where T : struct, IParsable<T> =>
        string.IsNullOrEmpty(text) ? null : T.Parse(text, CultureInfo.InvariantCulture);
}
