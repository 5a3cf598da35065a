// i18n strings: keys named like cors options, values that are messages.
export default {
  errors: {
    cors: {
      origin: 'This origin is not allowed to call the API',
      credentials: 'Your credentials were rejected',
    },
  },
};
