using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Fairtrade.Silo.Hosting;
using Microsoft.Extensions.Options;

namespace Fairtrade.Silo.Security;

/// <summary>
/// The admin's bearer token. Only its SHA-256 hash is kept: from configuration, or generated on first start, printed
/// once to the console and its hash stored in the data directory.
/// </summary>
public sealed class AdminToken
{
    private const string HashFile = "admin-token.sha256";

    /// <summary>Who the admin token is in the audit trail: not a possible user name, so no account can pass for it.</summary>
    public const string Actor = "token:admin";
    private readonly byte[] _hash;

    public AdminToken(IOptions<FairtradeOptions> options, ILogger<AdminToken> logger)
    {
        var configured = options.Value.AdminToken;
        if (!string.IsNullOrEmpty(configured))
        {
            _hash = Hash(configured);
            return;
        }

        var path = Path.GetFullPath(Path.Combine(options.Value.DataDir, HashFile));
        if (File.Exists(path))
        {
            _hash = Convert.FromHexString(File.ReadAllText(path).Trim());
            return;
        }

        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        _hash = Hash(token);
        Directory.CreateDirectory(options.Value.DataDir);
        File.WriteAllText(path, Convert.ToHexStringLower(_hash));
        logger.LogWarning("Generated an admin token; it is printed once on the console and only its hash is kept in {Path}", path);
        Console.WriteLine($"Admin token (shown once, keep it safe): {token}");
    }

    public bool Matches(string candidate) => CryptographicOperations.FixedTimeEquals(Hash(candidate), _hash);

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
