/** Words that put the company at the centre of the sentence. */
export const companyWords = new Set(['we', 'our', 'us', 'ours', 'ourselves', "we're", "we've", "we'll", "we'd", "let's"]);

/** Words that speak to the reader. */
export const readerWords = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you've", "you'll", "you'd", "y'all"]);
