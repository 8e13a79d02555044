using System.IO.Compression;
using System.IO.Pipelines;
using System.Net;
using System.Text;
using Fairtrade.Abstractions.Evidence;
using Fairtrade.Rules.Participants;
using Fairtrade.Silo.Files;

namespace Fairtrade.Silo.Exports;

/// <summary>
/// The renewal workbook and every evidence file valid on the day, in folders by criterion and participant, with an
/// index.html that links them: written straight into the response, one file at a time, so a bundle of gigabytes
/// needs no more memory than one copy buffer, wherever the files are stored.
/// </summary>
public static class EvidenceBundle
{
    public static async Task WriteAsync(Stream output, RenewalData data, byte[] workbook, IFileStore files, CancellationToken cancellationToken)
    {
        // The zip writer still writes some parts synchronously (an entry's closing descriptor), and the response takes
        // only asynchronous writes: the zip is written into a pipe (which holds back the writer while the client is
        // slow) on a task of its own, and the pipe is copied into the response. A failure on the way completes the
        // pipe with the error, so the download breaks off instead of ending as a smaller zip that looks whole.
        var pipe = new Pipe();
        var writing = Task.Run(
            async () =>
            {
                try
                {
                    await ZipAsync(pipe.Writer.AsStream(leaveOpen: true), data, workbook, files, cancellationToken);
                    await pipe.Writer.CompleteAsync();
                }
                catch (Exception exception)
                {
                    await pipe.Writer.CompleteAsync(exception);
                }
            },
            cancellationToken);
        try
        {
            await pipe.Reader.CopyToAsync(output, cancellationToken);
        }
        finally
        {
            await pipe.Reader.CompleteAsync();
            await writing;
        }
    }

    /// <summary>Closes the archive (its directory at the end) only when every part of it was written.</summary>
    private static async Task ZipAsync(Stream output, RenewalData data, byte[] workbook, IFileStore files, CancellationToken cancellationToken)
    {
        var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        await AddAsync(zip, "renewal.xlsx", new MemoryStream(workbook), CompressionLevel.Optimal, cancellationToken);

        var kinds = data.Participants.ToDictionary(p => p.Id, p => p.Details.Kind);
        var names = data.Participants.ToDictionary(p => p.Id, p => p.Details.Name);
        var index = new List<(string Path, EvidenceRecord Evidence)>();
        foreach (var evidence in data.Evidence.Where(e => e.ToFacts().IsValidOn(data.AsOf) && e.File is not null))
        {
            await using var content = await files.OpenReadAsync(evidence.File!.Sha256, cancellationToken);
            if (content is null)
            {
                continue;
            }

            // Display names are sanitised when stored; a separator would still make a folder, so none gets through.
            var name = evidence.File.Name.Replace('/', '_').Replace('\\', '_');
            var path = $"{Folder(evidence.Subject, kinds)}/{evidence.Subject.Replace(':', '-')}/{evidence.Id}-{name}";

            // Photos and PDFs are compressed already: storing them spares the time of trying again.
            await AddAsync(zip, path, content, CompressionLevel.NoCompression, cancellationToken);
            index.Add((path, evidence));
        }

        await AddAsync(zip, "index.html", new MemoryStream(Encoding.UTF8.GetBytes(Index(data, index, names))), CompressionLevel.Optimal, cancellationToken);
        await zip.DisposeAsync();
    }

    private static async Task AddAsync(ZipArchive zip, string path, Stream content, CompressionLevel level, CancellationToken cancellationToken)
    {
        await using var target = await zip.CreateEntry(path, level).OpenAsync(cancellationToken);
        await content.CopyToAsync(target, cancellationToken);
    }

    /// <summary>The criterion a subject's evidence speaks for, as the bundle's top folder.</summary>
    private static string Folder(string subject, Dictionary<string, ParticipantKind> kinds) =>
        EvidenceSubjects.IsTownLevel(subject)
            ? subject.StartsWith(EvidenceSubjects.MediaPrefix, StringComparison.Ordinal) ? "media" : subject
            : kinds.GetValueOrDefault(subject) switch
            {
                ParticipantKind.Retail or ParticipantKind.Catering => "retail-catering",
                var kind when ParticipantRules.IsCivilSociety(kind) => "civil-society",
                _ => "other",
            };

    private static string Index(RenewalData data, List<(string Path, EvidenceRecord Evidence)> entries, Dictionary<string, string> names)
    {
        static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{E(data.Town.Name)}: evidence valid on {data.AsOf:yyyy-MM-dd}</title></head><body>\n");
        html.Append($"<h1>{E(data.Town.Name)}: evidence valid on {data.AsOf:yyyy-MM-dd}</h1>\n<p><a href=\"renewal.xlsx\">renewal.xlsx</a></p>\n");
        html.Append("<table><thead><tr><th>Subject</th><th>Kind</th><th>Dated</th><th>Valid until</th><th>File</th><th>SHA-256</th></tr></thead><tbody>\n");
        foreach (var (path, e) in entries)
        {
            var href = string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
            html.Append($"<tr><td>{E(names.GetValueOrDefault(e.Subject, e.Subject))}</td><td>{E(Http.KebabEnum.Name(e.Kind))}</td>")
                .Append($"<td>{e.EffectiveDate:yyyy-MM-dd}</td><td>{e.ToFacts().LastValidDay:yyyy-MM-dd}</td>")
                .Append($"<td><a href=\"{E(href)}\">{E(e.File!.Name)}</a></td><td><code>{e.File.Sha256}</code></td></tr>\n");
        }

        html.Append("</tbody></table>\n</body></html>\n");
        return html.ToString();
    }
}
