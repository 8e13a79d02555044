using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Fairtrade.Silo.Imports;

/// <summary>
/// The workbook of an import request, as the body itself or as the multipart field <c>file</c>, read into memory up
/// to the upload limit (a workbook is small next to the photos that limit is made for) and refused beyond it.
/// </summary>
public static class ImportBody
{
    private const long MultipartOverheadBytes = 64 * 1024;

    public static async Task<MemoryStream> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes + MultipartOverheadBytes;
        }

        var body = request.HasFormContentType ? await FilePartAsync(request, cancellationToken) : request.Body;
        var workbook = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        try
        {
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (workbook.Length + read > maxBytes)
                {
                    throw new RefusedException(StatusCodes.Status413PayloadTooLarge, ImportProblemTexts.Current.WorkbookTooLarge(maxBytes));
                }

                workbook.Write(buffer, 0, read);
            }
        }
        catch (Exception exception) when (Multipart.IsBroken(exception))
        {
            throw Multipart.Broken();
        }

        if (workbook.Length == 0)
        {
            throw RefusedException.ForField("file", ImportProblemTexts.Current.NoWorkbook);
        }

        workbook.Position = 0;
        return workbook;
    }

    private static async Task<Stream> FilePartAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var reader = Multipart.Reader(request);
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                var name = ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    ? HeaderUtilities.RemoveQuotes(disposition.Name).Value : null;
                if (name == "file")
                {
                    return section.Body;
                }

                throw RefusedException.ForField(string.IsNullOrEmpty(name) ? "body" : name, ImportProblemTexts.Current.NotWorkbookField);
            }
        }
        catch (Exception exception) when (Multipart.IsBroken(exception))
        {
            throw Multipart.Broken();
        }

        throw RefusedException.ForField("file", ImportProblemTexts.Current.NoWorkbookPart);
    }
}
