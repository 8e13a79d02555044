namespace Fairtrade.Silo.Files;

/// <summary>Why an upload was refused.</summary>
public enum ReceiveError
{
    Empty,
    TooLarge,
    UnknownType,

    /// <summary>Markup or actions a browser or reader would run: a picture or document that is also a page or a program.</summary>
    ActiveContent,

    /// <summary>An image whose header claims more pixels than any photograph: made to exhaust memory when decoded.</summary>
    ImageBomb,

    /// <summary>The store takes as many uploads at once as it can; this one may come again shortly.</summary>
    Busy,
}
