using Fairtrade.Abstractions.Evidence;
using Fairtrade.Silo.Files;

namespace Fairtrade.Silo.Evidence;

/// <summary>What becomes of an uploaded file once its evidence is saved, or may have been.</summary>
internal static class UploadSettling
{
    /// <summary>
    /// After a failed grain call, whether the evidence was saved is unknown: the grain is asked, and the file kept or
    /// dropped accordingly. If that fails too, the file's intent leaves the question to the file store's recovery.
    /// </summary>
    public static async Task SettleUnknownAsync(ReceivedFile file, IEvidenceHolder holder, EvidenceSubmission submission, IFileStore files, ILogger logger)
    {
        bool saved;
        try
        {
            saved = await holder.HoldsEvidenceFileAsync(submission.Id, file.Sha256);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "An upload for evidence {Evidence} is left to the file store's recovery", submission.Id);
            await files.AbandonAsync(file);
            return;
        }

        if (saved)
        {
            await KeepAsync(file, submission.Id, files, logger);
        }
        else
        {
            await files.DiscardAsync(file);
        }
    }

    /// <summary>
    /// Moves the file of saved evidence into the store. The evidence is saved whatever happens here, so a failure does
    /// not fail the request: the file's intent leaves it to the file store's recovery, which stores it.
    /// </summary>
    public static async Task KeepAsync(ReceivedFile file, string evidenceId, IFileStore files, ILogger logger)
    {
        try
        {
            await files.CommitAsync(file);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "The file of evidence {Evidence} is left to the file store's recovery", evidenceId);
            await files.AbandonAsync(file);
        }
    }
}
