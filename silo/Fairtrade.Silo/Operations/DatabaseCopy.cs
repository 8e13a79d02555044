using Fairtrade.Grains.Storage;
using Microsoft.Data.Sqlite;

namespace Fairtrade.Silo.Operations;

/// <summary>
/// A SQLite database copied through SQLite's online backup: one consistent snapshot of every committed transaction,
/// taken while the silo goes on writing (in WAL mode its writers do not wait for the reader). A file copy could catch
/// the database between two of its pages, or without what is still in its log.
/// </summary>
internal static class DatabaseCopy
{
    public static void Copy(string source, string target)
    {
        SqliteDatabase.CreateOwnerOnly(target);
        using var from = Open(source, SqliteOpenMode.ReadWrite);
        using var to = Open(target, SqliteOpenMode.ReadWrite);
        from.BackupDatabase(to);
    }

    // Without pooling, so the files are closed (and the copy's log folded into it) when the command ends.
    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        using var wait = connection.CreateCommand();
        wait.CommandText = "PRAGMA busy_timeout = 30000;";
        wait.ExecuteNonQuery();
        return connection;
    }
}
