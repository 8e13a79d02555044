using Microsoft.OpenApi;

namespace Fairtrade.Silo.Http;

/// <summary>
/// A check of a value bound as text that knows what the value stands for (a day, a yes/no, a number, one of a set of
/// names), so that the API description shows that type rather than "string" (<see cref="OpenApiTextValues"/>).
/// </summary>
public interface IDescribedText
{
    OpenApiSchema Schema();
}
