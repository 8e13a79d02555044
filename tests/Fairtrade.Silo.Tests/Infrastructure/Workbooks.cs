using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ClosedXML.Excel;

namespace Fairtrade.Silo.Tests.Infrastructure;

/// <summary>Workbooks as a coordinator makes them, and the import request that sends one.</summary>
public static class Workbooks
{
    public const string Type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<byte[]> ExportAsync(this HttpClient client, string slug, string language = "en")
    {
        var response = await client.GetAsync($"/api/towns/{slug}/exports/renewal.xlsx?lang={language}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Posts a workbook as the body (or as the multipart field <c>file</c>); the answer's status and JSON.</summary>
    public static async Task<(HttpStatusCode Status, JsonNode Body)> ImportAsync(this HttpClient client, string slug, byte[] workbook, bool dryRun = false, bool multipart = false)
    {
        HttpContent content;
        if (multipart)
        {
            var file = new ByteArrayContent(workbook);
            file.Headers.ContentType = new MediaTypeHeaderValue(Type);
            content = new MultipartFormDataContent { { file, "file", "list.xlsx" } };
        }
        else
        {
            content = new ByteArrayContent(workbook);
            content.Headers.ContentType = new MediaTypeHeaderValue(Type);
        }

        var response = await client.PostAsync($"/api/towns/{slug}/imports?dryRun={(dryRun ? "true" : "false")}", content);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, body.Length == 0 ? new JsonObject() : JsonNode.Parse(body)!);
    }

    /// <summary>A workbook whose first sheet holds <paramref name="rows"/> under <paramref name="headers"/>, all as typed values.</summary>
    public static byte[] List(string sheet, string[] headers, params object?[][] rows) => Edit(workbook =>
    {
        var list = workbook.AddWorksheet(sheet);
        for (var c = 0; c < headers.Length; c++)
        {
            list.Cell(1, c + 1).SetValue(headers[c]);
        }

        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c] is { } value)
                {
                    list.Cell(r + 2, c + 1).Value = value;
                }
            }
        }
    });

    /// <summary>A new workbook, or <paramref name="original"/>, changed by <paramref name="edit"/> and saved, as Excel would save it.</summary>
    public static byte[] Edit(Action<XLWorkbook> edit, byte[]? original = null)
    {
        using var workbook = original is null ? new XLWorkbook() : new XLWorkbook(new MemoryStream(original));
        edit(workbook);
        using var saved = new MemoryStream();
        workbook.SaveAs(saved);
        return saved.ToArray();
    }

    /// <summary>Rewrites one part of the package as text (for what no spreadsheet program would write).</summary>
    public static byte[] EditPart(byte[] workbook, string part, Func<string, string> edit)
    {
        using var copy = new MemoryStream();
        copy.Write(workbook);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(part)!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(part).Open());
            writer.Write(edit(xml));
        }

        return copy.ToArray();
    }

    /// <summary>The number of entries in the town's audit trail.</summary>
    public static async Task<int> AuditCountAsync(this HttpClient client, string slug) =>
        (await client.GetJsonAsync($"/api/towns/{slug}/audit")).AsArray().Count;
}
