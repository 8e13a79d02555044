using Fairtrade.Grains.Storage;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Fairtrade.Silo.Security.Secrets;

/// <summary>
/// At silo start: creates the tables of the admin token's hash and of the key ring, then makes sure the ring has a
/// key, one silo at a time, so silos that start together share one first key instead of each making its own (a
/// cookie protected with a key the other silos have not loaded yet would not hold there).
/// </summary>
public sealed class PostgresSecrets(PostgresDatabase database, IKeyManager keys) : ILifecycleParticipant<ISiloLifecycle>
{
    private const long KeyRingLock = 0x4b657952696e6701;

    public void Participate(ISiloLifecycle lifecycle)
    {
        lifecycle.Subscribe($"{nameof(PostgresSecrets)}-schema", ServiceLifecycleStage.ApplicationServices,
            cancellationToken => database.CreateSchemaAsync(SecretStatements.CreateSchema, cancellationToken));
        lifecycle.Subscribe($"{nameof(PostgresSecrets)}-key-ring", ServiceLifecycleStage.ApplicationServices + 1, EnsureKeyAsync);
    }

    private async Task EnsureKeyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using (var take = connection.Command(SecretStatements.LockKeyRing).With("key", KeyRingLock))
        {
            await take.ExecuteScalarAsync(cancellationToken);
        }

        try
        {
            var now = DateTimeOffset.UtcNow;
            if (!keys.GetAllKeys().Any(key => !key.IsRevoked && key.ActivationDate <= now && key.ExpirationDate > now))
            {
                keys.CreateNewKey(now, now.AddDays(90));
            }
        }
        finally
        {
            await using var release = connection.Command(SecretStatements.UnlockKeyRing).With("key", KeyRingLock);
            await release.ExecuteScalarAsync(CancellationToken.None);
        }
    }
}
