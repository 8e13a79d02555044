namespace Fairtrade.Silo.Web;

/// <summary>
/// A catalog's group keyed by the member names of an enum (<c>Overall.AtRisk</c>), read back keyed by the enum the
/// pages hold, so a status or a kind names its words without spelling itself out.
/// </summary>
internal static class EnumTexts
{
    public static IReadOnlyDictionary<TEnum, string> ByMember<TEnum>(IReadOnlyDictionary<string, string> group) where TEnum : struct, Enum =>
        group.ToDictionary(entry => Enum.Parse<TEnum>(entry.Key), entry => entry.Value);
}
