namespace Fairtrade.Abstractions.UploadLinks;

[GenerateSerializer, Alias("fairtrade.UploadQuotaState")]
public sealed class UploadQuotaState
{
    /// <summary>The accepted uploads of the last day, oldest first.</summary>
    [Id(0), JsonPropertyName("uploads")] public List<CountedUpload> Uploads { get; set; } = [];
}
