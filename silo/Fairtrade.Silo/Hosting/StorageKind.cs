namespace Fairtrade.Silo.Hosting;

/// <summary>Where a silo keeps what it must not lose (<c>Fairtrade:Storage</c>).</summary>
public enum StorageKind
{
    /// <summary>Everything under <c>Fairtrade:DataDir</c>: SQLite, files, cookie keys, the admin token's hash.</summary>
    Sqlite,

    /// <summary>Everything in the PostgreSQL database of <c>ConnectionStrings:Postgres</c>, which every silo shares.</summary>
    Postgres,
}
