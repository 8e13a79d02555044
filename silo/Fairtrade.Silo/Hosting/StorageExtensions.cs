using Fairtrade.Grains.Storage;
using Fairtrade.Silo.Files;
using Fairtrade.Silo.Files.Disk;
using Fairtrade.Silo.Files.Postgres;
using Fairtrade.Silo.Security.Secrets;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Fairtrade.Silo.Hosting;

public static class StorageExtensions
{
    /// <summary>The connections evidence files use, apart from grain storage's: uploads never take those grains need.</summary>
    private const string FilePool = "files";

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
            var openToOthers = DataFolder.Prepare(dataDir);
            services.AddHostedService(services => new DataFolderWarning(openToOthers, services.GetRequiredService<ILogger<DataFolderWarning>>()));
            services.AddSingleton<IFileStore>(_ => new DiskFileStore(Path.Combine(dataDir, DataDirLayout.Files)));
            services.AddSingleton<IXmlRepository>(services => new FileSystemXmlRepository(
                new DirectoryInfo(Path.Combine(dataDir, DataDirLayout.Keys)), services.GetRequiredService<ILoggerFactory>()));
            services.AddSingleton<IAdminTokenStore>(new FileAdminTokenStore(Path.Combine(dataDir, DataDirLayout.AdminTokenHash)));
            return new SqliteDatabase(Path.Combine(dataDir, DataDirLayout.Database));
        }

        // Registered through factories, so the host disposes their pools when it stops.
        var database = new PostgresDatabase(settings.Postgres!);
        services.AddSingleton(_ => database);
        services.AddKeyedSingleton(FilePool, (_, _) => database.Pool("fairtrade-files", PostgresFileStore.UploadsAtOnce + 8));
        services.AddSingleton(services => new PostgresFileStore(
            services.GetRequiredKeyedService<PostgresDatabase>(FilePool), services.GetRequiredService<ILogger<PostgresFileStore>>()));
        services.AddSingleton<IFileStore>(services => services.GetRequiredService<PostgresFileStore>());
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(services => services.GetRequiredService<PostgresFileStore>());
        services.AddSingleton<IXmlRepository, PostgresKeyRing>();
        services.AddSingleton<IAdminTokenStore, PostgresAdminTokenStore>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, PostgresSecrets>();
        return database;
    }
}
