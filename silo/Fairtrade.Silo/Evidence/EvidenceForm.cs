using System.Text;
using Fairtrade.Silo.Files;
using Microsoft.Net.Http.Headers;

namespace Fairtrade.Silo.Evidence;

/// <summary>
/// A <c>multipart/form-data</c> evidence submission, read as it streams in: the fields, and the one file, which goes
/// straight to the file store's incoming folder. Whatever goes wrong, the file is discarded before the error leaves.
/// </summary>
public sealed class EvidenceForm
{
    private const int MaxFieldChars = 4000;
    private static readonly string[] FieldNames = ["subject", "kind", "effectiveDate", "note", "revises"];

    private EvidenceForm(Dictionary<string, string> fields, ReceivedFile file, string? fileName)
    {
        Fields = fields;
        File = file;
        FileName = fileName;
    }

    public IReadOnlyDictionary<string, string> Fields { get; }

    public ReceivedFile File { get; }

    /// <summary>The name the client gave; to be sanitised before anyone sees it.</summary>
    public string? FileName { get; }

    public static async Task<EvidenceForm> ReadAsync(HttpRequest request, IFileStore files, long maxFileBytes, CancellationToken cancellationToken)
    {
        var reader = Multipart.Reader(request);
        reader.BodyLengthLimit = maxFileBytes + 1024;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        ReceivedFile? file = null;
        string? fileName = null;
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                {
                    throw RefusedException.ForField("body", ValidationTexts.Current.UnnamedPart);
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                if (name == "file")
                {
                    if (file is not null)
                    {
                        throw RefusedException.ForField("file", ValidationTexts.Current.OneFile);
                    }

                    fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                    file = await ReceiveAsync(files, section.Body, maxFileBytes, cancellationToken);
                }
                else if (!FieldNames.Contains(name))
                {
                    throw RefusedException.ForField(name.Length == 0 ? "body" : name, ValidationTexts.Current.NotAField);
                }
                else if (!fields.TryAdd(name, await ReadFieldAsync(section.Body, name, cancellationToken)))
                {
                    throw RefusedException.ForField(name, ValidationTexts.Current.GivenTwice);
                }
            }

            return file is null
                ? throw RefusedException.ForField("file", ValidationTexts.Current.NeedsFile)
                : new EvidenceForm(fields, file, fileName);
        }
        catch (Exception exception)
        {
            if (file is not null)
            {
                await files.DiscardAsync(file);
            }

            if (Multipart.IsBroken(exception))
            {
                throw Multipart.Broken();
            }

            throw;
        }
    }

    private static async Task<ReceivedFile> ReceiveAsync(IFileStore files, Stream body, long maxFileBytes, CancellationToken cancellationToken)
    {
        var received = await files.ReceiveAsync(body, maxFileBytes, cancellationToken);
        return received.Error switch
        {
            null => received.File!,
            ReceiveError.Empty => throw RefusedException.ForField("file", ValidationTexts.Current.EmptyFile),
            ReceiveError.Busy => throw new RefusedException(StatusCodes.Status503ServiceUnavailable, ValidationTexts.Current.TooManyUploads) { RetryAfter = TimeSpan.FromSeconds(10) },
            ReceiveError.TooLarge => throw new RefusedException(StatusCodes.Status413PayloadTooLarge, ValidationTexts.Current.FileTooLarge(maxFileBytes)),
            ReceiveError.ActiveContent => throw new RefusedException(StatusCodes.Status415UnsupportedMediaType, ValidationTexts.Current.ActiveContent),
            ReceiveError.ImageBomb => throw new RefusedException(StatusCodes.Status415UnsupportedMediaType, ValidationTexts.Current.ImageBomb),
            _ => throw new RefusedException(StatusCodes.Status415UnsupportedMediaType, ValidationTexts.Current.WrongFileType),
        };
    }

    private static async Task<string> ReadFieldAsync(Stream body, string name, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, new UTF8Encoding(false, throwOnInvalidBytes: true));
        var buffer = new char[MaxFieldChars + 1];
        var length = 0;
        try
        {
            int read;
            while (length < buffer.Length && (read = await reader.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
            }
        }
        catch (DecoderFallbackException)
        {
            throw RefusedException.ForField(name, ValidationTexts.Current.NotUtf8);
        }

        return length > MaxFieldChars ? throw RefusedException.ForField(name, ValidationTexts.Current.FieldTooLong(MaxFieldChars)) : new string(buffer, 0, length);
    }
}
