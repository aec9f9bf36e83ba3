import type { Preview } from '@storybook/react-vite';

/** Every story renders on a plain page; each story wraps itself in its own SatataProvider (see stories/support). */
const preview: Preview = {
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
  },
  tags: [],
};

export default preview;
