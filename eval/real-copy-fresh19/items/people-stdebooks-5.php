Hi there, just wanted to check in to see how your ebook production was going. I noticed there hasn't been much activity in the Github repo lately. Are you continuing to make progress?

The toolset has had several updates recently. You can update it by running `pipx upgrade standardebooks`.

Let me know how things are coming along!
