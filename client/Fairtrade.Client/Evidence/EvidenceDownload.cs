using Fairtrade.Client.Exports;

namespace Fairtrade.Client.Evidence;

/// <summary><c>evidence download</c>: an evidence entry's file, under the name it was uploaded with unless <c>-o</c> says otherwise.</summary>
public static class EvidenceDownload
{
    public static Command Create(CommandRunner runner)
    {
        var town = Symbols.Town();
        var id = new Argument<string>("EVIDENCE") { Description = "The evidence id, as 'evidence list' shows it." };
        var output = new Option<FileSystemInfo?>("--output", "-o")
        {
            Description = "The file to write, or a folder to write it into. Default: the file's own name, in the current folder.", HelpName = "PATH",
        };
        var force = new Option<bool>("--force") { Description = "Replace a file that is there already." };
        var command = new Command("download", Help.Describe("Download the file of a piece of evidence.",
            "fairtrade evidence download bottrop 5d0c...",
            "fairtrade evidence download bottrop 5d0c... -o downloads/",
            "fairtrade evidence download bottrop 5d0c... -o shelf.jpg --force")) { town, id, output, force };
        return runner.Define(command, (run, cancellationToken) => Download.SaveAsync(
            run, EvidenceCommands.Path(run.Value(town), run.Value(id)) + "/file", Folder(run.Value(output)),
            response => Target(run.Value(output), run.Value(id), response), run.Value(force), cancellationToken));
    }

    private static DirectoryInfo Folder(FileSystemInfo? output) => output switch
    {
        FileInfo file => file.Directory!,
        DirectoryInfo folder => folder,
        _ => new DirectoryInfo("."),
    };

    // The parser makes a folder of a path that is one, or that ends in a separator.
    private static FileInfo Target(FileSystemInfo? output, string id, HttpResponseMessage response)
    {
        if (output is FileInfo file)
        {
            return file;
        }

        var name = SuggestedName.From(response) ?? (SuggestedName.Clean(id) ?? "evidence") + Extension(response.Content.Headers.ContentType?.MediaType);
        return new FileInfo(Path.Combine(output?.FullName ?? ".", name));
    }

    // The types the server stores evidence files as.
    private static string Extension(string? contentType) => contentType switch
    {
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        "image/webp" => ".webp",
        "application/pdf" => ".pdf",
        _ => "",
    };
}
