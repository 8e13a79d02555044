using Npgsql;

namespace Fairtrade.TestServers;

/// <summary>
/// A throwaway PostgreSQL 15 server on a loopback port, made by <c>scripts/servers/postgres.sh</c>; each user of it
/// asks for a database of its own.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _folder;

    private PostgresServer(string folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public static async Task<PostgresServer> StartAsync()
    {
        var folder = ServerScript.NewFolder("fairtrade-postgres");
        var port = LoopbackPorts.Free();
        await ServerScript.RunAsync("postgres.sh", "start", folder, port.ToString());
        return new PostgresServer(folder, port);
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database }.ToString();

    /// <summary>Makes a new, empty database and answers its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"test_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name};", connection);
        await create.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <summary>Stops the server as a crash would (no checkpoint, clients cut off), then starts it on its data again.</summary>
    public async Task CrashAndRestartAsync()
    {
        await ServerScript.RunAsync("postgres.sh", "stop", _folder);
        await ServerScript.RunAsync("postgres.sh", "restart", _folder, Port.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await ServerScript.RunAsync("postgres.sh", "stop", _folder);
        Directory.Delete(_folder, recursive: true);
    }
}
