namespace Fairtrade.Grains.Storage;

/// <summary>The SQL a <see cref="SqlDatabase"/> speaks; statements differ only where the two really do.</summary>
public enum SqlDialect
{
    Sqlite,
    Postgres,
}
