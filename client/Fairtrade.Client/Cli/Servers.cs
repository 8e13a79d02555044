namespace Fairtrade.Client.Cli;

public static class Servers
{
    /// <summary>An http(s) server address; a trailing path is kept as the base the API paths hang off.</summary>
    public static Uri Parse(string value)
    {
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new UsageException($"'{value}' is not a server address; give one like https://fairtrade.example.org.");
        }

        return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }
}
