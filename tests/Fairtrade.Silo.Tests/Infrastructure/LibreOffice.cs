using System.Diagnostics;
using System.Text;

namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>
/// LibreOffice Calc, headless, as a second spreadsheet program reading what we write: it opens a workbook,
/// recalculates its formulas and gives every sheet back as CSV. scripts/test.sh installs it; without it these
/// tests fail, they do not skip.
/// </summary>
public static class LibreOffice
{
    public const string Path = "/usr/bin/soffice";

    /// <summary>Every sheet's rows as LibreOffice shows them, by sheet name.</summary>
    public static async Task<Dictionary<string, string[][]>> SheetsAsync(byte[] workbook)
    {
        if (!File.Exists(Path))
        {
            throw new InvalidOperationException($"No LibreOffice at {Path}: run scripts/install-test-components.sh (as root) first.");
        }

        var folder = Directory.CreateTempSubdirectory("fairtrade-calc-").FullName;
        try
        {
            var input = System.IO.Path.Combine(folder, "book.xlsx");
            await File.WriteAllBytesAsync(input, workbook);

            // A profile of its own, so that runs in parallel do not wait for each other's lock; -1: every sheet.
            var start = new ProcessStartInfo(Path)
            {
                ArgumentList =
                {
                    $"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", folder, input,
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            process.ExitCode.ShouldBe(0, await process.StandardError.ReadToEndAsync());
            return Directory.GetFiles(folder, "book-*.csv").ToDictionary(
                file => System.IO.Path.GetFileNameWithoutExtension(file)["book-".Length..],
                file => Csv(File.ReadAllText(file, Encoding.UTF8)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string[][] Csv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else if (c != '\r')
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add([.. row]);
        }

        return [.. rows];
    }
}
