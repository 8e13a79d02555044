namespace Fairtrade.Silo.Http;

/// <summary>
/// For the endpoints that read an upload as a stream (a workbook, a multipart evidence form): what the reader refuses
/// deep in the reading unwinds to here and is answered through <see cref="Problems"/>, like every other refusal.
/// </summary>
public sealed class ReaderRefusalsFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (RefusedException refused)
        {
            return Problems.Refused(refused, context.HttpContext.Response);
        }
    }
}
