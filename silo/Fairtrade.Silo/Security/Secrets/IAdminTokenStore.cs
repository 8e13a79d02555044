namespace Fairtrade.Silo.Security.Secrets;

/// <summary>Where the hash of a generated admin token is kept, so one token holds for every start and every silo.</summary>
public interface IAdminTokenStore
{
    /// <summary>The stored hash, or null before any was stored.</summary>
    Task<byte[]?> ReadAsync(CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="hash"/> unless one is stored already; false if another start (or silo) was first.</summary>
    Task<bool> TryCreateAsync(byte[] hash, CancellationToken cancellationToken);
}
