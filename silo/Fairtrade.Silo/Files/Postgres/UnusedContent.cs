using System.Runtime.CompilerServices;
using Fairtrade.Grains.Storage;

namespace Fairtrade.Silo.Files.Postgres;

/// <summary>
/// Stored content the sweep of unused files may delete. The delete is one statement that also asks whether an upload
/// of the same bytes is under way; an upload that finds the content stored marks it stored anew in its own
/// transaction, so whichever comes second sees the other.
/// </summary>
internal static class UnusedContent
{
    public static async IAsyncEnumerable<string> StoredBeforeAsync(
        PostgresDatabase database, DateTimeOffset before, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(FileStatements.ListStoredBefore).With("before", before);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return reader.GetString(0);
        }
    }

    public static async Task<bool> DeleteUnclaimedAsync(PostgresDatabase database, string sha256, DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var delete = connection.Command(FileStatements.DeleteUnclaimedContent, transaction).With("sha256", sha256).With("before", before);
        if (await delete.ExecuteScalarAsync(cancellationToken) is not Guid blob)
        {
            return false;
        }

        await using var chunks = connection.Command(FileStatements.DeleteBlob, transaction).With("blob", blob);
        await chunks.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
