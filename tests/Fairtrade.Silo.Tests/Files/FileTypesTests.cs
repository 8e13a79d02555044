using Fairtrade.Silo.Files;

namespace Fairtrade.Silo.Tests.Files;

public sealed class FileTypesTests
{
    [Theory]
    [InlineData(FileType.Jpeg, "image/jpeg", ".jpg")]
    [InlineData(FileType.Png, "image/png", ".png")]
    [InlineData(FileType.WebP, "image/webp", ".webp")]
    [InlineData(FileType.Pdf, "application/pdf", ".pdf")]
    public void EachTypeHasItsMediaTypeAndExtension(FileType type, string contentType, string extension)
    {
        type.ContentType().ShouldBe(contentType);
        type.Extension().ShouldBe(extension);
    }
}
