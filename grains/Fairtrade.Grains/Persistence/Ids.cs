using System.Security.Cryptography;

namespace Fairtrade.Grains.Persistence;

/// <summary>Identifiers for evidence, members, articles and activities: random, so they reveal nothing and never collide in practice.</summary>
public static class Ids
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
}
