using Fairtrade.Grains.Storage;

namespace Fairtrade.Silo.Security.Secrets;

/// <summary>The admin token's hash in the cluster's database: whichever silo starts first generates the token.</summary>
public sealed class PostgresAdminTokenStore(PostgresDatabase database) : IAdminTokenStore
{
    private const string Name = "admin-token-sha256";

    public async Task<byte[]?> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(SecretStatements.ReadSecret).With("name", Name);
        return await command.ExecuteScalarAsync(cancellationToken) is string hex ? Convert.FromHexString(hex) : null;
    }

    public async Task<bool> TryCreateAsync(byte[] hash, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(SecretStatements.CreateSecret)
            .With("name", Name).With("value", Convert.ToHexStringLower(hash)).With("now", DateTimeOffset.UtcNow);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }
}
