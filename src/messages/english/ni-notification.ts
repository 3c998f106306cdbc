/** English sentences of the Northern Ireland rules (PfS(NI)A 2022): notification. Merged variant by variant with the England and Wales ones. */

export const niNotificationMessages = {};
