import { mount } from './base.jsx'

mount(null)
