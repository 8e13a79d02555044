using Fairtrade.Grains.Storage;
using Fairtrade.Silo.Files;
using Fairtrade.Silo.Files.Disk;
using Fairtrade.Silo.Files.Postgres;
using Fairtrade.Silo.Security.Secrets;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Fairtrade.Silo.Hosting;

public static class StorageExtensions
{
    /// <summary>
    /// Everything a silo must not lose, in the one place <c>Fairtrade:Storage</c> names: the database (grain state,
    /// audit trail), evidence files, the keys of session cookies and the admin token's hash. With PostgreSQL nothing
    /// of it is on the silo's own disk, so any silo can serve any request.
    /// </summary>
    public static SqlDatabase AddFairtradeStorage(this WebApplicationBuilder builder, SiloSettings settings)
    {
        var services = builder.Services;
        if (settings.Options.Storage == StorageKind.Sqlite)
        {
            var dataDir = settings.Options.DataDir;
            services.AddSingleton<IFileStore>(_ => new DiskFileStore(Path.Combine(dataDir, "files")));
            services.AddSingleton<IXmlRepository>(services => new FileSystemXmlRepository(
                new DirectoryInfo(Path.Combine(dataDir, "keys")), services.GetRequiredService<ILoggerFactory>()));
            services.AddSingleton<IAdminTokenStore>(new FileAdminTokenStore(Path.Combine(dataDir, "admin-token.sha256")));
            return new SqliteDatabase(Path.Combine(dataDir, "fairtrade.db"));
        }

        var database = new PostgresDatabase(settings.Postgres!);
        services.AddSingleton(database);
        services.AddSingleton<PostgresFileStore>();
        services.AddSingleton<IFileStore>(services => services.GetRequiredService<PostgresFileStore>());
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(services => services.GetRequiredService<PostgresFileStore>());
        services.AddSingleton<IXmlRepository, PostgresKeyRing>();
        services.AddSingleton<IAdminTokenStore, PostgresAdminTokenStore>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, PostgresSecrets>();
        return database;
    }
}
